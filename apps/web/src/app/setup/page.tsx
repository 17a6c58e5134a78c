import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { countUsers } from "@stampede/db";
import { AuthCard } from "@/components/account/auth-card";
import { SetupForm } from "@/components/account/setup-form";
import { getDb } from "@/lib/db";
import { MIN_PASSWORD_LENGTH } from "@/server/auth/auth-library";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "First run" };

/** Shown only while the instance has no user: whoever opens it first becomes the admin. */
export default async function SetupPage() {
  if ((await countUsers(getDb())) > 0) redirect("/login");
  return (
    <AuthCard
      title="Create the first admin"
      subtitle="This Stampede has no accounts yet. The account you create here administers the default project."
    >
      <SetupForm minPasswordLength={MIN_PASSWORD_LENGTH} />
    </AuthCard>
  );
}
