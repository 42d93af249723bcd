// The member's manager (or the manager of a slot): photo (or initials), name, intro.
import type { ManagerDto } from "@/lib/consultations/schemas";

export function ManagerCard({ manager, title = "담당 매니저" }: { manager: ManagerDto; title?: string }) {
  return (
    <div className="flex items-start gap-3">
      {manager.photoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={manager.photoUrl} alt={`${manager.displayName} 매니저 사진`} className="h-14 w-14 shrink-0 rounded-full object-cover" />
      ) : (
        <span aria-hidden="true" className="flex h-14 w-14 shrink-0 items-center justify-center rounded-full bg-brand-50 text-lg font-bold text-brand-700">
          {manager.displayName.slice(0, 1)}
        </span>
      )}
      <div>
        <p className="text-xs text-stone-500">{title}</p>
        <p className="font-semibold text-stone-900">{manager.displayName} 매니저</p>
        <p className="mt-1 whitespace-pre-wrap text-sm text-stone-700">{manager.intro}</p>
      </div>
    </div>
  );
}
