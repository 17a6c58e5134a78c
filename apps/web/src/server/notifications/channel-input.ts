import { type TChannelInput, ZChannelInput } from "@stampede/contracts";
import { BadRequestError } from "@/server/http/errors";

/**
 * Reads a new channel. E-mail needs an SMTP server: without STAMPEDE_SMTP_URL the type is refused, so nobody
 * sets up a channel that can never deliver.
 */
export function parseChannelInput(body: unknown): TChannelInput {
  const input = ZChannelInput.parse(body);
  if (input.type === "email" && !process.env.STAMPEDE_SMTP_URL) {
    throw new BadRequestError([
      "type: e-mail channels need an SMTP server (set STAMPEDE_SMTP_URL on the console and workers)",
    ]);
  }
  return input;
}
