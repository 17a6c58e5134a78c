import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { countUsers } from "@stampede/db";
import { AuthCard } from "@/components/account/auth-card";
import { LoginForm } from "@/components/account/login-form";
import { getDb } from "@/lib/db";
import { findSessionUser } from "@/server/auth/authenticate";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Log in" };

export default async function LoginPage() {
  if ((await countUsers(getDb())) === 0) redirect("/setup");
  if (await findSessionUser(await headers())) redirect("/scenarios");
  return (
    <AuthCard title="Log in" subtitle="With the e-mail and password your project admin gave you.">
      <LoginForm />
    </AuthCard>
  );
}
