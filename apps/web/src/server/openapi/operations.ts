import {
  ZAllowlistUpdate,
  ZChannelInput,
  ZChannelPatch,
  ZCompareTolerances,
  ZDebugResult,
  ZRangeQuery,
  ZRangeStats,
  ZScenarioExport,
  ZScheduleInput,
  ZSchedulePatch,
  ZSpeedChange,
} from "@stampede/contracts";
import {
  ZApiKeyInput,
  ZCurrentProjectInput,
  ZMemberInput,
  ZMemberRoleInput,
  ZProjectInput,
  ZSetupInput,
} from "@/server/accounts/account-inputs";
import { ZAuditQuery } from "@/server/audit/audit-query";
import { ZImportPreviewBody, ZImportRequest } from "@/server/imports/import-inputs";
import { ZUploadQuery } from "@/server/data-sources/upload-data-source";
import { ZDebugBody } from "@/server/debug/debug-scenario";
import { ZStopConditionsUpdate } from "@/server/projects/stop-conditions-update";
import { ZCompareQuery } from "@/server/reports/compare-data";
import { ZExportQuery } from "@/server/reports/export-run";
import { ZRecordingInput } from "@/server/recordings/recording-input";
import { ZRunListQuery } from "@/server/runs/run-list-query";
import { ZRunPatch } from "@/server/runs/run-patch";
import { ZSampleQuery } from "@/server/runs/sample-query";
import { ZStartRunBody } from "@/server/runs/start-run-body";
import { ZScenarioImport } from "@/server/scenarios/import-scenario";
import { ZScenarioInput } from "@/server/scenarios/scenario-input";
import { op, type ApiOperation } from "./api-operation";

/**
 * Every `/api/v1` route and method, one line each; the document and the docs page are made from this list.
 * A unit test compares it with the route files, so a new route fails the build until it has its line here.
 */
export const API_OPERATIONS: ApiOperation[] = [
  op("GET /health", "Liveness: answers without credentials and touches nothing", { public: true }),
  op("GET /openapi.json", "This document", { public: true }),
  op("GET /setup", "Whether the first account still has to be made", { public: true }),
  op("POST /setup", "Make the first account and its project (only while there is no user)", {
    public: true,
    body: ZSetupInput,
  }),
  op("GET /me", "The signed-in user or API key and its projects"),
  op("POST /me/current-project", "Choose the project the console shows", { body: ZCurrentProjectInput }),

  op("GET /projects", "Projects the caller is a member of"),
  op("POST /projects", "Create a project", { body: ZProjectInput }),
  op("GET /projects/{id}", "A project and the caller's role in it"),
  op("PATCH /projects/{id}", "Rename a project (admin)", { body: ZProjectInput }),
  op("GET /projects/{id}/allowlist", "Hosts the project's load may reach"),
  op("PUT /projects/{id}/allowlist", "Replace the target allowlist (admin)", { body: ZAllowlistUpdate }),
  op("GET /projects/{id}/api-keys", "The project's API keys (admin)"),
  op("POST /projects/{id}/api-keys", "Create an API key; its secret is shown once (admin)", { body: ZApiKeyInput }),
  op("DELETE /projects/{id}/api-keys/{keyId}", "Revoke an API key (admin)"),
  op("GET /projects/{id}/audit", "The project's audit log, newest first", { query: ZAuditQuery }),
  op("GET /projects/{id}/compare-tolerances", "Tolerances run comparisons judge by"),
  op("PUT /projects/{id}/compare-tolerances", "Set the comparison tolerances (admin)", { body: ZCompareTolerances }),
  op("GET /projects/{id}/members", "Members and their roles"),
  op("POST /projects/{id}/members", "Add a member (admin)", { body: ZMemberInput }),
  op("PATCH /projects/{id}/members/{userId}", "Change a member's role (admin)", { body: ZMemberRoleInput }),
  op("DELETE /projects/{id}/members/{userId}", "Remove a member (admin)"),
  op("GET /projects/{id}/stop-conditions", "Default stop conditions for the project's runs"),
  op("PUT /projects/{id}/stop-conditions", "Set the default stop conditions (admin)", { body: ZStopConditionsUpdate }),

  op("GET /scenarios", "Scenarios of the project", { projectScoped: true }),
  op("POST /scenarios", "Create a scenario", { projectScoped: true, body: ZScenarioInput }),
  op("POST /scenarios/import", "Import an exported scenario", { projectScoped: true, body: ZScenarioImport }),
  op("POST /imports/preview", "Read a HAR, cURL, Postman, OpenAPI or JMeter file into a preview (nothing saved)", {
    projectScoped: true,
    body: ZImportPreviewBody,
  }),
  op("POST /imports", "Create a scenario from a preview and a choice, or append the requests to a flow", {
    projectScoped: true,
    body: ZImportRequest,
  }),
  op("GET /scenarios/{id}", "A scenario with its spec and saved load"),
  op("PUT /scenarios/{id}", "Save a scenario (a stale version is refused with 409)", { body: ZScenarioInput }),
  op("DELETE /scenarios/{id}", "Delete a scenario"),
  op("POST /scenarios/{id}/duplicate", "Copy a scenario"),
  op("GET /scenarios/{id}/export", "Export a scenario as a file (`?data=true` adds its data files)", {
    response: ZScenarioExport,
  }),
  op("GET /scenarios/{id}/data-sources", "The scenario's uploaded data files"),
  op("PUT /scenarios/{id}/data-sources/{name}", "Upload a data file (CSV) under a name the scenario binds", {
    query: ZUploadQuery,
    rawBody: "text/csv",
  }),
  op("DELETE /scenarios/{id}/data-sources/{name}", "Delete a data file"),
  op("POST /scenarios/{id}/runs", "Start a run: the confirmation, plus load fields to override the saved load", {
    body: ZStartRunBody,
  }),
  op("POST /debug", "Send one virtual user through a scenario and show every request", {
    projectScoped: true,
    body: ZDebugBody,
    response: ZDebugResult,
  }),

  op("GET /runs", "Runs of the project, newest first", { projectScoped: true, query: ZRunListQuery }),
  op("GET /runs/compare", "Compare 2 to 5 runs side by side (`?ids=a,b`)", { query: ZCompareQuery }),
  op("GET /runs/{id}", "A run's detail"),
  op("PATCH /runs/{id}", "Rename a run or set its notes", { body: ZRunPatch }),
  op("DELETE /runs/{id}", "Delete an ended run"),
  op("POST /runs/{id}/stop", "Stop a run"),
  op("POST /runs/{id}/speed", "Change a running run's load", { body: ZSpeedChange }),
  op("POST /runs/{id}/baseline", "Make the ended run its scenario's baseline"),
  op("GET /runs/{id}/metrics", "Per-second metrics of the run"),
  op("GET /runs/{id}/stats", "Statistics of a time range of the run", { query: ZRangeQuery, response: ZRangeStats }),
  op("GET /runs/{id}/summary", "The ended run's summary (`?download=1` as a file)"),
  op("GET /runs/{id}/insights", "Plain-language hints about the run, each with its figure"),
  op("GET /runs/{id}/samples", "Sampled requests of the run", { query: ZSampleQuery }),
  op("GET /runs/{id}/generators", "Load generators that carried the run"),
  op("GET /runs/{id}/token", "The token provider's activity per second (never the token)"),
  op("GET /runs/{id}/export", "Download the run's report", { query: ZExportQuery }),
  op("GET /runs/{id}/stream", "Live points of a running run (server-sent events)"),

  op("GET /generators", "Load generators and their capacity"),

  op("GET /scenarios/{id}/trends", "p95, p99, error rate and TPS across the scenario's ended runs, with its baseline"),
  op("GET /scenarios/{id}/schedules", "The scenario's schedules with their fire history"),
  op("POST /scenarios/{id}/schedules", "Schedule the scenario (needs `confirmCompliance: true`)", {
    body: ZScheduleInput,
  }),
  op("GET /schedules", "The project's schedules with their next fire times", { projectScoped: true }),
  op("GET /schedules/preview", "The next five fire times of `?cron=` read in `?timezone=`"),
  op("GET /schedules/{id}", "A schedule with its fire history"),
  op("PATCH /schedules/{id}", "Change a schedule", { body: ZSchedulePatch }),
  op("DELETE /schedules/{id}", "Delete a schedule (its fires go with it; its runs stay)"),
  op("POST /schedules/{id}/pause", "Pause a schedule"),
  op("POST /schedules/{id}/resume", "Resume a paused schedule"),

  op("GET /recordings", "The project's running recording, or null", { projectScoped: true }),
  op("POST /recordings", "Start the project's recording proxy on 127.0.0.1 (one at a time; in memory)", {
    projectScoped: true,
    body: ZRecordingInput,
  }),
  op("GET /recordings/ca.pem", "The recording proxy's CA certificate, to trust for HTTPS"),
  op("GET /recordings/{id}", "A recording: its proxy port, status and count of captured requests"),
  op("GET /recordings/{id}/events", "Captured requests, live (server-sent events)"),
  op("POST /recordings/{id}/stop", "Stop the recording proxy; the capture stays for an hour"),
  op("GET /recordings/{id}/har", "What the recording captured, as HAR 1.2"),

  op("GET /projects/{id}/channels", "The project's notification channels (secrets never shown)"),
  op("POST /projects/{id}/channels", "Add a notification channel", { body: ZChannelInput }),
  op("GET /channels/{id}", "A notification channel and its subscriptions"),
  op("PATCH /channels/{id}", "Change a notification channel", { body: ZChannelPatch }),
  op("DELETE /channels/{id}", "Remove a notification channel"),
  op("GET /channels/{id}/deliveries", "The channel's delivery log: each notification, its attempts and outcome"),
  op("POST /channels/{id}/test", "Send a test notification to the channel"),
];
