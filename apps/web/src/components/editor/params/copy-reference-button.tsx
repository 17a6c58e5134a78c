"use client";

import { Icon } from "../fields/icons";
import { ICON_BUTTON } from "../fields/styles";
import { useToast } from "./toast";

/** Writes text to the clipboard; the textarea route serves pages where the async API is refused. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/** Copies `${name}` (or a function example) so it can be pasted into any field. */
export function CopyReferenceButton({ text }: { text: string }) {
  const toast = useToast();
  return (
    <button
      type="button"
      aria-label={`Copy ${text}`}
      title={`Copy ${text}`}
      className={`${ICON_BUTTON} text-xs`}
      onClick={async () =>
        toast((await writeClipboard(text)) ? `Copied ${text}` : `Could not copy; select ${text} by hand`)
      }
    >
      <Icon name="copy" />
    </button>
  );
}
