import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto mt-24 max-w-md text-center">
      <p className="text-sm font-semibold text-slate-400">404</p>
      <h1 className="mt-2 text-xl font-semibold text-slate-900">Not found</h1>
      <p className="mt-2 text-sm text-slate-500">The scenario or run does not exist, or was deleted.</p>
      <Link href="/scenarios" className="mt-6 inline-block text-sm font-medium text-blue-600 hover:underline">
        Back to scenarios
      </Link>
    </div>
  );
}
