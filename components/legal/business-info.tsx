// The operator disclosures the Marriage Brokerage Act requires on the service's pages, from
// BUSINESS_* (lib/legal/business-info.ts). Example values (development) are visibly marked 예시.
import { businessInfo, type BusinessField } from "@/lib/legal/business-info";

function Value({ field }: { field: BusinessField }) {
  return (
    <>
      {field.value}
      {field.isExample ? <span className="ml-1 rounded bg-amber-100 px-1 text-[10px] font-semibold text-amber-900">예시</span> : null}
    </>
  );
}

export function BusinessInfo({ className = "" }: { className?: string }) {
  const b = businessInfo();
  const rows: BusinessField[][] = [
    [b.name, b.representative, b.registrationNumber],
    [b.brokerageReportNumber, b.mailOrderNumber],
    [b.address],
    [b.phone, b.email],
  ];
  return (
    <aside aria-label="사업자 정보" className={`rounded-2xl border border-stone-200 bg-white p-4 text-xs leading-6 text-stone-600 ${className}`}>
      <p className="font-semibold text-stone-800">사업자 정보</p>
      {b.hasExamples ? <p className="text-amber-900">개발·시연용 화면이라 &lsquo;예시&rsquo; 표시가 붙은 정보는 실제 사업자 정보가 아니에요.</p> : null}
      {rows.map((row, i) => (
        <p key={i}>
          {row.map((f, j) => (
            <span key={f.label}>
              {j > 0 ? " · " : null}
              {f.label} <Value field={f} />
            </span>
          ))}
          {row.includes(b.phone) ? (
            <>
              {" "}
              ({b.hours.value})
            </>
          ) : null}
        </p>
      ))}
      <p>
        <Value field={b.guaranteeInsurance} />
      </p>
    </aside>
  );
}
