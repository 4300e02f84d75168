/** A pane form's buttons: the action (its label while busy) and Cancel. */
export function FormActions(props: { label: string; busyLabel?: string; busy?: boolean; disabled?: boolean; kind?: "primary" | "danger"; onCancel: () => void }) {
  return (
    <div class="pane-form-actions">
      <button type="submit" class={props.kind ?? "primary"} disabled={props.busy || props.disabled}>
        {props.busy && props.busyLabel ? props.busyLabel : props.label}
      </button>
      <button type="button" class="link" onClick={() => props.onCancel()}>
        Cancel
      </button>
    </div>
  );
}
