/** Runs once when the console's server starts: the headless set-up from STAMPEDE_INIT_* variables. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { initFromEnv } = await import("./server/auth/init-from-env");
  await initFromEnv();
}
