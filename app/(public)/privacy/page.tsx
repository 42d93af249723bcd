// /privacy – 개인정보처리방침 (수집 항목·목적·보유기간, 제3자 제공, 처리위탁, 파기, 권리 행사, 안전성 확보조치, 보호책임자).
import { LegalDocumentPage, type Article } from "@/components/legal/legal-document";
import { LEGAL_DOCUMENTS, MINIMUM_AGE } from "@/lib/members/legal-versions";
import { operatorText } from "@/lib/legal/business-info";

/** the operator as BUSINESS_* configures it (examples in development, marked in the footer) */
const OPERATOR = operatorText();

export const metadata = { title: "개인정보처리방침" };

const cell = "border border-stone-200 px-2 py-1.5 align-top text-left";

const articles: Article[] = [
  {
    id: "items",
    title: "1. 수집하는 개인정보 항목과 수집 방법",
    body: (
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-xs">
          <thead>
            <tr className="bg-stone-50">
              <th className={cell}>구분</th>
              <th className={cell}>항목</th>
              <th className={cell}>수집 시점·방법</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td className={cell}>필수 (로그인)</td>
              <td className={cell}>카카오 회원번호, 카카오 닉네임, 카카오 프로필 사진 주소</td>
              <td className={cell}>카카오 로그인 시 카카오로부터 제공</td>
            </tr>
            <tr>
              <td className={cell}>필수 (가입)</td>
              <td className={cell}>실명, 휴대폰 번호, 생년월일, 성별, 약관 동의 기록(버전·일시), 만 {MINIMUM_AGE}세 이상 확인</td>
              <td className={cell}>가입 정보 입력 화면</td>
            </tr>
            <tr>
              <td className={cell}>필수 (프로필·선호)</td>
              <td className={cell}>닉네임, 출생연도, 키, 지역, 직업, 자기소개, 관심 키워드, 프로필 사진, 항목별 공개 설정, 선호 성별·나이·지역·키워드</td>
              <td className={cell}>프로필·이상형 설정 화면</td>
            </tr>
            <tr>
              <td className={cell}>결제 시</td>
              <td className={cell}>결제 수단, 승인번호, 결제 금액·일시, 주문번호, (계좌이체) 입금자명·입금 코드</td>
              <td className={cell}>결제 화면, 결제대행사(토스페이먼츠)로부터 결과 수신. 카드번호 등 결제수단 정보는 회사가 저장하지 않습니다.</td>
            </tr>
            <tr>
              <td className={cell}>이용 과정</td>
              <td className={cell}>추천·좋아요·매칭 이력, 차단·신고 내역, 상담 일시와 횟수, 접속 일시, IP 주소, 쿠키, 기기·브라우저 정보</td>
              <td className={cell}>서비스 이용 중 자동 생성·수집</td>
            </tr>
          </tbody>
        </table>
      </div>
    ),
  },
  {
    id: "purposes",
    title: "2. 개인정보의 처리 목적",
    body: (
      <ul>
        <li>회원 식별, 가입 의사 확인, 만 {MINIMUM_AGE}세 이상 여부 확인, 1인 1계정 및 이용정지 회원의 재가입 방지</li>
        <li>결혼중개 서비스 제공: 상호 선호 조건에 따른 주간 추천, 좋아요·매칭, 만남 연결, 상담</li>
        <li>이용료 결제와 환불, 결혼중개업법에 따른 계약서 교부</li>
        <li>부정 이용 방지, 신고 처리, 분쟁 조정, 고지사항 전달, 민원 처리</li>
        <li>서비스 품질 개선을 위한 통계(개인을 알아볼 수 없는 형태로만 이용)</li>
      </ul>
    ),
  },
  {
    id: "retention",
    title: "3. 보유 및 이용 기간",
    body: (
      <>
        <p>회사는 회원 탈퇴 시 개인정보를 지체 없이 파기합니다. 다만 다음 정보는 해당 기간 동안 보관한 후 파기합니다.</p>
        <ul>
          <li>계약 또는 청약철회 등에 관한 기록, 대금결제 및 재화 등의 공급에 관한 기록: 5년 (전자상거래 등에서의 소비자보호에 관한 법률)</li>
          <li>소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (전자상거래 등에서의 소비자보호에 관한 법률)</li>
          <li>웹사이트 방문(접속) 기록: 3개월 (통신비밀보호법)</li>
          <li>약관·개인정보 수집 동의 기록(버전, 일시): 동의 사실 입증을 위해 탈퇴 후 5년</li>
          <li>신고 및 그 처리 기록: 다른 회원 보호와 분쟁 대응을 위해 처리 완료 후 3년</li>
          <li>영구 이용정지 회원의 휴대폰 번호 식별값(복원할 수 없는 암호화 해시): 재가입 방지를 위해 정지 처분일로부터 5년 (정지 해제 시 즉시 파기)</li>
        </ul>
        <p>보관하는 정보는 해당 목적 외로 이용하지 않으며, 탈퇴 회원의 실명·휴대폰 번호·생년월일·프로필·사진은 보관하지 않습니다.</p>
      </>
    ),
  },
  {
    id: "third-party",
    title: "4. 개인정보의 제3자 제공",
    body: (
      <>
        <p>회사는 회원의 개인정보를 처리 목적 범위 안에서만 이용하며, 다음 경우를 제외하고 제3자에게 제공하지 않습니다.</p>
        <ul>
          <li>추천·매칭 상대 회원: 회원이 &lsquo;공개&rsquo;로 설정한 프로필 항목(닉네임, 나이, 키, 지역, 직업, 자기소개, 키워드, 사진)에 한함. 실명, 휴대폰 번호, 생년월일은 상대 회원에게 제공하지 않습니다.</li>
          <li>매칭 활성화 후 만남 연결을 위하여 회원이 별도로 동의한 연락 정보</li>
          <li>법령에 특별한 규정이 있거나 수사기관이 법령에 정한 절차에 따라 요청한 경우</li>
        </ul>
      </>
    ),
  },
  {
    id: "processors",
    title: "5. 개인정보 처리의 위탁",
    body: (
      <ul>
        <li>토스페이먼츠(주): 카드 결제 처리 및 결제 취소</li>
        <li>(주)카카오: 카카오 로그인을 통한 회원 인증</li>
        <li>Amazon Web Services(서울 리전): 서비스 운영을 위한 서버·데이터베이스 운영, 프로필 사진 보관</li>
      </ul>
    ),
  },
  {
    id: "destruction",
    title: "6. 개인정보의 파기 절차와 방법",
    body: (
      <ol>
        <li>탈퇴 요청 또는 카카오 계정 연결 해제가 확인되면 실명, 휴대폰 번호, 생년월일, 성별, 카카오 닉네임·프로필 사진, 프로필, 선호 조건, 로그인 연결 정보를 즉시 삭제하고 프로필 사진 파일을 저장소에서 삭제합니다.</li>
        <li>법령에 따라 보관하는 정보는 별도로 분리하여 보관하며, 보관 기간이 끝나면 복구할 수 없는 방법으로 파기합니다.</li>
        <li>전자적 파일은 복원할 수 없는 방법으로 삭제하고, 종이 문서는 분쇄하거나 소각합니다.</li>
      </ol>
    ),
  },
  {
    id: "rights",
    title: "7. 회원의 권리와 행사 방법",
    body: (
      <ol>
        <li>회원은 언제든지 자신의 개인정보를 열람·정정·삭제하거나 처리 정지를 요구할 수 있습니다.</li>
        <li>&lsquo;내 정보&rsquo; 화면에서 프로필과 선호 조건을 수정할 수 있고, &lsquo;내 데이터 내려받기&rsquo;로 회사가 보유한 본인의 정보를 파일로 받을 수 있으며, &lsquo;회원 탈퇴&rsquo;로 삭제를 요구할 수 있습니다.</li>
        <li>그 밖의 요구는 개인정보 보호책임자에게 서면, 전화, 이메일로 할 수 있으며 회사는 10일 이내에 조치하고 결과를 알려 드립니다.</li>
        <li>만 {MINIMUM_AGE}세 미만인 사람의 개인정보는 수집하지 않습니다.</li>
      </ol>
    ),
  },
  {
    id: "security",
    title: "8. 안전성 확보 조치",
    body: (
      <ul>
        <li>실명과 휴대폰 번호는 AES-256-GCM 방식으로 암호화하여 저장하며, 암호화 키는 데이터베이스와 분리하여 관리하고 주기적으로 교체합니다.</li>
        <li>휴대폰 번호 조회가 필요한 경우(이용정지 번호 확인 등)에는 원래 번호를 알 수 없는 키 기반 해시값만 사용합니다.</li>
        <li>프로필 사진은 공개 주소가 아닌, 짧은 시간만 유효한 서명된 주소로만 제공합니다.</li>
        <li>개인정보 취급자를 최소화하고, 관리자의 모든 변경 작업을 감사 기록으로 남깁니다.</li>
        <li>전송 구간 암호화(HTTPS), 접근 권한 관리, 접속 기록 보관, 보안 업데이트를 시행합니다.</li>
      </ul>
    ),
  },
  {
    id: "cookies",
    title: "9. 쿠키의 사용",
    body: <p>회사는 로그인 상태 유지를 위하여 필수 쿠키만 사용합니다. 브라우저 설정으로 쿠키를 거부할 수 있으나, 이 경우 로그인이 필요한 서비스를 이용할 수 없습니다.</p>,
  },
  {
    id: "officer",
    title: "10. 개인정보 보호책임자",
    body: (
      <>
        <p>
          {OPERATOR.privacyOfficer.title}: {OPERATOR.privacyOfficer.name} · 전화 {OPERATOR.privacyOfficer.phone} · 이메일 {OPERATOR.privacyOfficer.email}
        </p>
        <p>
          개인정보 침해에 대한 신고나 상담은 개인정보침해신고센터(국번 없이 118), 개인정보분쟁조정위원회(1833-6972), 대검찰청(1301), 경찰청(182)에 문의할 수 있습니다.
        </p>
      </>
    ),
  },
  {
    id: "changes",
    title: "11. 처리방침의 변경",
    body: <p>이 개인정보처리방침은 {LEGAL_DOCUMENTS.privacy.effectiveDate}부터 적용되며, 내용이 변경되는 경우 시행 7일 전부터 서비스 화면을 통해 공지합니다.</p>,
  },
];

export default function PrivacyPage() {
  return (
    <LegalDocumentPage
      doc={LEGAL_DOCUMENTS.privacy}
      intro={
        <p>
          {OPERATOR.name}(이하 &ldquo;회사&rdquo;)는 「개인정보 보호법」 등 관계 법령에 따라 회원의 개인정보를 보호하고 관련 고충을 신속하게 처리하기 위하여 다음과
          같이 개인정보처리방침을 수립·공개합니다. 회사는 결혼중개에 필요한 최소한의 정보만 수집합니다.
        </p>
      }
      articles={articles}
    />
  );
}
