"use client";
// Copies a value (the depositor code) to the clipboard, with a visible confirmation.
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function CopyButton({ value, label = "복사하기" }: { value: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const onClick = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Button type="button" variant="secondary" className="px-3 py-2" onClick={onClick} aria-label={`${value} ${label}`}>
      {copied ? "복사했어요" : label}
    </Button>
  );
}
