"use client";

import type { ProjectRoleName } from "@stampede/contracts";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Refusal } from "@/lib/api-refusal";
import { Card } from "../card";
import { ConfirmDialog } from "../editor/list/confirm-dialog";
import { RefusalAlert } from "../refusal-alert";
import { Table, Td, Th } from "../table";
import { AddMemberForm } from "./add-member-form";
import { ROLE_LABELS, ROLE_OPTIONS } from "./role-labels";
import { changeMemberRole, removeMember } from "./settings-api";
import type { MemberView } from "./settings-views";

/** Who belongs to the project and their role; admins change roles, remove and add members. */
export function MembersCard({
  projectId,
  members,
  canEdit,
}: {
  projectId: string;
  members: MemberView[];
  canEdit: boolean;
}) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [removing, setRemoving] = useState<MemberView | null>(null);

  async function setRole(member: MemberView, role: ProjectRoleName) {
    const result = await changeMemberRole(projectId, member.userId, role);
    setRefusal(result.ok ? null : result);
    // On a refusal too: the select goes back to the role the server kept.
    router.refresh();
  }

  async function remove(member: MemberView): Promise<string | null> {
    const result = await removeMember(projectId, member.userId);
    if (!result.ok) return result.error;
    setRefusal(null);
    router.refresh();
    return null;
  }

  return (
    <Card title="Members">
      <Table>
        <thead>
          <tr>
            <Th>E-mail</Th>
            <Th>Name</Th>
            <Th>Role</Th>
            {canEdit && <Th className="text-right">Actions</Th>}
          </tr>
        </thead>
        <tbody data-testid="members">
          {members.map((member) => (
            <tr key={member.userId}>
              <Td className="font-medium text-slate-900">{member.email}</Td>
              <Td className="text-slate-600">{member.name || "—"}</Td>
              <Td>
                {canEdit ? (
                  <select
                    aria-label={`Role of ${member.email}`}
                    value={member.role}
                    onChange={(e) => void setRole(member, e.target.value as ProjectRoleName)}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                  >
                    {ROLE_OPTIONS.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  ROLE_LABELS[member.role]
                )}
              </Td>
              {canEdit && (
                <Td className="text-right">
                  <button
                    type="button"
                    onClick={() => setRemoving(member)}
                    aria-label={`Remove ${member.email}`}
                    className="text-sm text-red-700 hover:underline"
                  >
                    Remove
                  </button>
                </Td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      <RefusalAlert refusal={refusal} className="m-4" />
      {canEdit && <AddMemberForm projectId={projectId} />}
      {removing && (
        <ConfirmDialog
          title="Remove member?"
          confirmLabel="Remove"
          onConfirm={() => remove(removing)}
          onClose={() => setRemoving(null)}
        >
          <p>
            <strong className="text-slate-900">{removing.email}</strong> will no longer see this project. Their account
            stays, with any other projects they belong to.
          </p>
        </ConfirmDialog>
      )}
    </Card>
  );
}
