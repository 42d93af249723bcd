// Phone numbers for the reach tests (dev/solapi's failure modes go by the number's last four digits:
// …9999 알림톡 refused at once, …8888 everything refused, …7777 알림톡 reported failed later, …6666
// everything reported failed later). A number made without a `suffix` never ends in one of them, so a
// random number cannot turn a test's happy path into a failure mode. Every number made is kept, so a
// test can look for them in the log output.
import { randomInt } from "node:crypto";
import { prisma } from "@/lib/db";
import { encryptPii, phoneBlindIndex } from "@/lib/crypto/pii";

export function reachPhones() {
  const phones: string[] = [];
  /** a fresh 010 number; `suffix` picks the local Solapi server's failure mode */
  function newPhone(suffix?: string) {
    const p = `010${randomInt(1000, 9999)}${suffix ?? String(randomInt(1000, 6000))}`;
    phones.push(p);
    return p;
  }
  /** gives the member a fresh number (encrypted, with its blind index) and returns it */
  async function withPhone(m: { id: string }, suffix?: string) {
    const phone = newPhone(suffix);
    await prisma.user.update({ where: { id: m.id }, data: { phoneEnc: encryptPii(phone), phoneHash: phoneBlindIndex(phone) } });
    return phone;
  }
  return { phones, newPhone, withPhone };
}
