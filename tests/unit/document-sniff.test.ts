// The document type is decided by the first bytes (lib/documents/document-schemas.ts): the four
// accepted signatures are recognised whatever follows them, and nothing else is — in particular not
// an executable, whatever it is named.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sniffDocumentType } from "@/lib/documents/document-schemas";

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
const SIGNATURES: [Uint8Array, string][] = [
  [bytes("%PDF-"), "application/pdf"],
  [bytes([0xff, 0xd8, 0xff]), "image/jpeg"],
  [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "image/png"],
];
const tail = fc.uint8Array({ maxLength: 64 });

describe("sniffDocumentType", () => {
  it("recognises each signature whatever follows", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIGNATURES), tail, ([sig, type], rest) => {
        expect(sniffDocumentType(new Uint8Array([...sig, ...rest]))).toBe(type);
      }),
    );
    fc.assert(fc.property(fc.uint8Array({ minLength: 4, maxLength: 4 }), tail, (size, rest) => {
      expect(sniffDocumentType(new Uint8Array([...bytes("RIFF"), ...size, ...bytes("WEBP"), ...rest]))).toBe("image/webp");
    }));
  });

  it("refuses executables, archives, markup and anything that does not start with a signature", () => {
    for (const head of [bytes("MZ"), bytes([0x7f], "ELF"), bytes("PK", [3, 4]), bytes("<html>"), bytes(" %PDF-"), bytes("RIFF", [0, 0, 0, 0], "WAVE"), bytes("%PD")]) {
      fc.assert(
        fc.property(tail, (rest) => {
          // "%PD" followed by "F-" is a PDF after all
          fc.pre(!(head.length === 3 && rest[0] === 0x46 && rest[1] === 0x2d));
          expect(sniffDocumentType(new Uint8Array([...head, ...rest]))).toBeNull();
        }),
      );
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        const known = SIGNATURES.some(([sig]) => sig.every((x, i) => b[i] === x)) || (b.length >= 12 && String.fromCharCode(...b.slice(0, 4)) === "RIFF" && String.fromCharCode(...b.slice(8, 12)) === "WEBP");
        expect(sniffDocumentType(b) !== null).toBe(known);
      }),
    );
  });
});
