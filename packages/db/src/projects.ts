import type { Db } from "./client";
import { NotFoundError } from "./errors";
import type { ProjectRole } from "./generated/prisma/client";

export type { ProjectRole };

export async function createProject(db: Db, input: { name: string; ownerUserId?: string }) {
  return db.project.create({
    data: {
      name: input.name,
      members: input.ownerUserId ? { create: { userId: input.ownerUserId, role: "ADMIN" } } : undefined,
    },
  });
}

export async function getProjectById(db: Db, id: string) {
  const project = await db.project.findUnique({ where: { id } });
  if (!project) throw new NotFoundError("project", id);
  return project;
}

/** The projects a user belongs to with their role in each, oldest membership first. */
export async function findUserProjects(db: Db, userId: string) {
  const rows = await db.projectMember.findMany({
    where: { userId },
    include: { project: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({ id: m.project.id, name: m.project.name, role: m.role }));
}

/** The user's role in a project, or null when they are not a member. */
export async function findMemberRole(db: Db, projectId: string, userId: string): Promise<ProjectRole | null> {
  const member = await db.projectMember.findUnique({ where: { projectId_userId: { projectId, userId } } });
  return member?.role ?? null;
}

export async function listProjectMembers(db: Db, projectId: string) {
  const rows = await db.projectMember.findMany({
    where: { projectId },
    include: { user: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({
    userId: m.userId,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    since: m.createdAt,
  }));
}

/** Adds a member or changes their role. */
export async function setProjectMember(db: Db, projectId: string, userId: string, role: ProjectRole) {
  return db.projectMember.upsert({
    where: { projectId_userId: { projectId, userId } },
    create: { projectId, userId, role },
    update: { role },
  });
}

export async function removeProjectMember(db: Db, projectId: string, userId: string) {
  const { count } = await db.projectMember.deleteMany({ where: { projectId, userId } });
  if (count === 0) throw new NotFoundError("member", userId);
}

export async function countProjectAdmins(db: Db, projectId: string) {
  return db.projectMember.count({ where: { projectId, role: "ADMIN" } });
}

export async function countUsers(db: Db) {
  return db.user.count();
}

export async function findUserByEmail(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.toLowerCase() } });
}
