import { findLiveApiKey, findMemberRole, findUserByEmail, getPrisma } from "@stampede/db";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getAuth } from "./auth-library";
import { initFromEnv } from "./init-from-env";

const db = () => getPrisma(process.env.DATABASE_URL!);

describe("initFromEnv", () => {
  it("creates the admin, project and key once, and a second start changes nothing", async () => {
    const tag = randomBytes(4).toString("hex");
    const env = {
      STAMPEDE_INIT_ADMIN_EMAIL: `Init-${tag}@Example.test`,
      STAMPEDE_INIT_ADMIN_PASSWORD: "a long enough password",
      STAMPEDE_INIT_PROJECT: `Init project ${tag}`,
      STAMPEDE_INIT_API_KEY: `stp_${randomBytes(32).toString("base64url")}`,
    };
    await initFromEnv(env);
    await initFromEnv({ ...env, STAMPEDE_INIT_ADMIN_PASSWORD: "another password entirely" });

    const user = await findUserByEmail(db(), env.STAMPEDE_INIT_ADMIN_EMAIL);
    expect(user?.email).toBe(`init-${tag}@example.test`);
    const projects = await db().project.findMany({ where: { name: env.STAMPEDE_INIT_PROJECT } });
    expect(projects).toHaveLength(1);
    expect(await findMemberRole(db(), projects[0]!.id, user!.id)).toBe("ADMIN");
    const key = await findLiveApiKey(db(), env.STAMPEDE_INIT_API_KEY);
    expect(key?.projectId).toBe(projects[0]!.id);
    expect(key?.scope).toBe("ADMIN");
    expect(await db().apiKey.count({ where: { hash: key!.hash } })).toBe(1);

    // The password is the first one (the second start did not change it), stored only as the library's hash.
    const account = await db().account.findFirst({ where: { userId: user!.id, providerId: "credential" } });
    expect(account?.password).toBeTruthy();
    expect(account!.password).not.toContain("a long enough password");
    const signedIn = await getAuth().api.signInEmail({
      body: { email: env.STAMPEDE_INIT_ADMIN_EMAIL, password: "a long enough password" },
    });
    expect(signedIn.user.id).toBe(user!.id);
    await expect(
      getAuth().api.signInEmail({
        body: { email: env.STAMPEDE_INIT_ADMIN_EMAIL, password: "another password entirely" },
      }),
    ).rejects.toThrow();
  });

  it("refuses an admin e-mail without a password", async () => {
    await expect(initFromEnv({ STAMPEDE_INIT_ADMIN_EMAIL: `nopass-${Date.now()}@example.test` })).rejects.toThrow(
      /STAMPEDE_INIT_ADMIN_PASSWORD/,
    );
  });
});
