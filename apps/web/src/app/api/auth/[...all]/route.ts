import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/server/auth/auth-library";

export const dynamic = "force-dynamic";

// Log in, log out and the session: the auth library's own endpoints (sign-up is off).
export const GET = (request: Request) => toNextJsHandler(getAuth()).GET(request);
export const POST = (request: Request) => toNextJsHandler(getAuth()).POST(request);
