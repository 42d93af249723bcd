// Korean particles follow the word before them (lib/core/josa): error messages built from labels.
import { describe, expect, it } from "vitest";
import { eulReul, eunNeun, iGa } from "@/lib/core/josa";
import { notFound } from "@/lib/core/errors";

describe("josa", () => {
  it("picks the particle by the final consonant (받침) of the last syllable", () => {
    expect(eulReul("매칭")).toBe("매칭을");
    expect(eulReul("회원")).toBe("회원을");
    expect(eulReul("좋아요")).toBe("좋아요를");
    expect(eulReul("사진")).toBe("사진을");
    expect(eunNeun("인연 주식회사")).toBe("인연 주식회사는");
    expect(eunNeun("인연 컴퍼니")).toBe("인연 컴퍼니는");
    expect(eunNeun("주식회사 인연")).toBe("주식회사 인연은");
    expect(iGa("결제")).toBe("결제가");
    expect(iGa("신고 내역")).toBe("신고 내역이");
  });

  it("reads digits as spoken and treats other endings as vowel-final", () => {
    expect(eulReul("1")).toBe("1을"); // 일
    expect(eulReul("2")).toBe("2를"); // 이
    expect(eunNeun("10")).toBe("10은"); // 십
    expect(eulReul("ABC")).toBe("ABC를");
  });

  it("makes the default not-found message read naturally", () => {
    expect(notFound("매칭").message).toBe("매칭을 찾을 수 없어요.");
    expect(notFound("결제").message).toBe("결제를 찾을 수 없어요.");
  });
});
