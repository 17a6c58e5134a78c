import { ConflictError, findUserByEmail } from "@stampede/db";
import { getDb } from "@/lib/db";
import { BadRequestError } from "@/server/http/errors";
import { getAuth, MIN_PASSWORD_LENGTH } from "./auth-library";

/**
 * Creates a user with an e-mail and password, hashed by the auth library. Public sign-up is off, so this is
 * the one way accounts come to exist: the first-run page, STAMPEDE_INIT_* and an admin adding a member.
 */
export async function createUser(input: { email: string; password: string; name?: string }) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new BadRequestError(["email: not an e-mail address"]);
  if (input.password.length < MIN_PASSWORD_LENGTH)
    throw new BadRequestError([`password: at least ${MIN_PASSWORD_LENGTH} characters`]);
  if (await findUserByEmail(getDb(), email)) throw new ConflictError(`a user with the e-mail ${email} exists`);
  const context = await getAuth().$context;
  const hash = await context.password.hash(input.password);
  const user = await context.internalAdapter.createUser(
    {
      email,
      name: input.name?.trim() || email.split("@")[0]!,
      emailVerified: false,
    },
    { method: "email-password" },
  );
  await context.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: hash,
  });
  return { id: user.id, email: user.email, name: user.name };
}
