import { Icon, type IconName } from "./icons";
import { ICON_BUTTON } from "./styles";

/** A small square icon button with its label as tooltip and accessible name; disabled without a handler. */
export function IconButton({
  label,
  icon,
  onClick,
  className = "",
}: {
  label: string;
  icon: IconName;
  onClick?: () => void;
  className?: string;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={!onClick}
      onClick={onClick}
      className={`${ICON_BUTTON} w-7 ${className}`}
    >
      <Icon name={icon} />
    </button>
  );
}
