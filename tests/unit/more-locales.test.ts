/**
 * The locales beyond the corpora's (fi, ru, tr, ar, hi, vi, th, tl, zh, ja, ko): in an article page of our
 * own in each language, the read-also line and the related list under its heading are hidden live
 * and dropped by the reader, and the story's paragraphs stay in both, including one that opens with
 * the read-also words and has no link (a lead takes only a link after it).
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";
import { liveHits } from "./live-hits.ts";

interface Sample {
  lang: string;
  /** Two sentences of a story, own words. */
  prose: [string, string];
  /** A paragraph that opens with the read-also words and goes on as prose, with no link. */
  openers: string;
  /** The read-also line, link text after it. */
  lead: [string, string];
  /** A related list's heading and three headlines. */
  heading: string;
  headlines: [string, string, string];
}

const SAMPLES: Sample[] = [
  {
    lang: "fi", prose: ["Kaupunki avaa uuden pyörätien joen rantaan ensi kesänä, kertoi liikennejohtaja tiistaina.", "Rakennustyöt alkavat keväällä, ja ne kestävät arviolta neljä kuukautta."],
    openers: "Lue myös kaupungin tiedote, jossa kerrotaan tarkemmin reitin vaiheista ja kustannuksista.",
    lead: ["Lue myös:", "Sillan korjaus viivästyy"], heading: "Luetuimmat", headlines: ["Junat myöhässä aamulla", "Kirjasto laajenee", "Sää kylmenee viikonloppuna"],
  },
  {
    lang: "ru", prose: ["Городские власти откроют новую велодорожку вдоль реки следующим летом, сообщил глава транспортного управления.", "Строительные работы начнутся весной и продлятся около четырёх месяцев."],
    openers: "Читайте также мнение жителей района в нашем следующем выпуске, который выйдет в понедельник.",
    lead: ["Читайте также:", "Ремонт моста снова отложен"], heading: "Похожие новости", headlines: ["Поезда задержаны утром", "Библиотека расширяется", "На выходных похолодает"],
  },
  {
    lang: "tr", prose: ["Belediye gelecek yaz nehir kıyısında yeni bir bisiklet yolu açacak, dedi ulaşım müdürü salı günü.", "İnşaat çalışmaları ilkbaharda başlayacak ve yaklaşık dört ay sürecek."],
    openers: "İlgili haber bülteninde mahalle sakinlerinin görüşlerine de yer verildi, dedi yetkililer.",
    lead: ["İLGİLİ HABER:", "Köprü onarımı yine ertelendi"], heading: "İlgili Haberler", headlines: ["Trenler sabah gecikti", "Kütüphane genişliyor", "Hafta sonu hava soğuyor"],
  },
  {
    lang: "ar", prose: ["ستفتتح البلدية مسارا جديدا للدراجات على ضفة النهر في الصيف المقبل، بحسب مدير النقل.", "وتبدأ أعمال البناء في الربيع وتستمر نحو أربعة أشهر."],
    openers: "اقرأ أيضا رأي سكان الحي في عددنا المقبل الذي يصدر يوم الاثنين.",
    lead: ["اقرأ أيضاً:", "تأجيل إصلاح الجسر مرة أخرى"], heading: "أخبار ذات صلة", headlines: ["تأخر القطارات صباحا", "توسعة المكتبة", "انخفاض الحرارة في عطلة الأسبوع"],
  },
  {
    lang: "hi", prose: ["नगर निगम अगली गर्मियों में नदी के किनारे नया साइकिल मार्ग खोलेगा, परिवहन निदेशक ने मंगलवार को बताया।", "निर्माण कार्य वसंत में शुरू होगा और लगभग चार महीने चलेगा।"],
    openers: "यह भी पढ़ें कि मोहल्ले के लोगों ने इस योजना के बारे में क्या कहा, अगले अंक में।",
    lead: ["यह भी पढ़ें:", "पुल की मरम्मत फिर टली"], heading: "संबंधित खबरें", headlines: ["सुबह ट्रेनें लेट", "पुस्तकालय का विस्तार", "सप्ताहांत में ठंड बढ़ेगी"],
  },
  {
    lang: "vi", prose: ["Thành phố sẽ mở một làn đường xe đạp mới dọc bờ sông vào mùa hè tới, giám đốc sở giao thông cho biết.", "Công trình sẽ khởi công vào mùa xuân và kéo dài khoảng bốn tháng."],
    openers: "Xem thêm ý kiến của người dân trong khu phố ở số báo tiếp theo, phát hành vào thứ Hai.",
    lead: ["Xem thêm:", "Sửa cầu lại bị hoãn"], heading: "Tin liên quan", headlines: ["Tàu trễ giờ sáng nay", "Thư viện mở rộng", "Cuối tuần trời trở lạnh"],
  },
  {
    lang: "th", prose: ["เทศบาลจะเปิดทางจักรยานสายใหม่ริมแม่น้ำในฤดูร้อนปีหน้า ผู้อำนวยการฝ่ายการจราจรเปิดเผยเมื่อวันอังคาร", "งานก่อสร้างจะเริ่มในช่วงต้นปีและใช้เวลาราวสี่เดือน"],
    openers: "อ่านเพิ่มเติมได้ในรายงานของเทศบาล ซึ่งรวบรวมความเห็นของชาวบ้านในย่านนี้ไว้ และจะเผยแพร่ในวันจันทร์หน้า",
    lead: ["อ่านเพิ่มเติม:", "การซ่อมสะพานเลื่อนออกไปอีกครั้ง"], heading: "ข่าวที่เกี่ยวข้อง", headlines: ["รถไฟล่าช้าเมื่อเช้านี้", "ห้องสมุดขยายพื้นที่", "สุดสัปดาห์นี้อากาศเย็นลง"],
  },
  {
    lang: "tl", prose: ["Magbubukas ang lungsod ng bagong daanan ng bisikleta sa tabi ng ilog sa susunod na taon, ayon sa direktor ng trapiko noong Martes.", "Sisimulan ang konstruksiyon sa unang bahagi ng taon at tatagal nang humigit-kumulang apat na buwan."],
    openers: "Basahin din ang ulat ng lungsod tungkol sa mga hinaing ng mga residente, na ilalabas sa susunod na Lunes.",
    lead: ["BASAHIN DIN:", "Naantala muli ang pagkukumpuni ng tulay"], heading: "Mga Kaugnay na Balita", headlines: ["Naantala ang mga tren kaninang umaga", "Palalawakin ang aklatan", "Lalamig ang panahon ngayong linggo"],
  },
  {
    lang: "zh", prose: ["市政府表示，明年夏天将在河岸开通一条新的自行车道，交通局局长周二介绍了计划。", "工程将于春季开工，预计持续约四个月。"],
    openers: "延伸阅读的材料包括居民的意见和交通局的报告，将在下周一的版面刊出。",
    lead: ["延伸阅读：", "大桥维修再次推迟"], heading: "相关新闻", headlines: ["早上火车晚点", "图书馆扩建", "周末气温下降"],
  },
  {
    lang: "ja", prose: ["市は来年の夏、川沿いに新しい自転車道を開通させると、交通局長が火曜日に明らかにした。", "工事は春に始まり、およそ四か月続く見通しだ。"],
    openers: "関連記事の多くは住民の意見を紹介しており、次の月曜日の紙面でも取り上げる予定だ。",
    lead: ["【関連記事】", "橋の補修、再び延期"], heading: "おすすめ記事", headlines: ["朝の列車に遅れ", "図書館を拡張", "週末は冷え込む"],
  },
  {
    lang: "ko", prose: ["시는 내년 여름 강변에 새 자전거 도로를 개통할 예정이라고 교통국장이 화요일 밝혔다.", "공사는 봄에 시작돼 약 네 달 동안 이어질 전망이다."],
    openers: "관련기사 가운데 주민들의 의견을 담은 내용은 다음 주 월요일 지면에 실릴 예정이다.",
    lead: ["관련기사:", "다리 보수 또다시 연기"], heading: "많이 본 뉴스", headlines: ["아침 열차 지연", "도서관 확장", "주말 기온 뚝"],
  },
];

function page(s: Sample): string {
  const paras = [1, 2, 3, 4].map((i) => `<p data-para>${s.prose[i % 2]} (${i})</p>`);
  const list = s.headlines.map((h, i) => `<li><a href="/news/2026/12/0${i + 1}/story-${i}">${h}</a></li>`).join("");
  return `<!doctype html><html lang="${s.lang}"><head><title>${s.prose[0].slice(0, 30)}</title><meta property="og:type" content="article"></head><body>
<header><a href="/">Logo</a></header>
<article><h1>${s.prose[0].slice(0, 30)}</h1><div class="body">
${paras[0]}${paras[1]}<p data-clutter>${s.lead[0]} <a href="/news/2026/12/01/bridge">${s.lead[1]}</a></p>${paras[2]}<p data-para>${s.openers}</p>${paras[3]}
</div></article>
<aside><div data-clutter><h3>${s.heading}</h3><ul>${list}</ul></div></aside>
<footer><a href="/about">About</a></footer></body></html>`;
}

describe.each(SAMPLES)("an article page in $lang", (s) => {
  const url = `https://news.example.${s.lang === "ko" ? "kr" : "com"}/2026/12/03/bike-lane`;
  const doc = () => new JSDOM(page(s), { url }).window.document;

  it("hides the read-also line and the related list on the live page, and no paragraph of the story", () => {
    const d = doc();
    const hidden = liveHits(d).map((h) => h.el);
    for (const c of Array.from(d.querySelectorAll("[data-clutter]"))) expect(hidden.some((el) => el.contains(c) || c.contains(el)), squash(c.textContent ?? "")).toBe(true);
    for (const p of Array.from(d.querySelectorAll("[data-para]"))) expect(hidden.some((el) => el.contains(p) || p.contains(el)), squash(p.textContent ?? "")).toBe(false);
  });

  it("drops them from the reader view, which keeps every paragraph of the story", () => {
    const article = extract(doc(), url);
    expect(article.text).not.toContain(s.lead[1]);
    expect(article.text).not.toContain(s.headlines[0]);
    for (const p of Array.from(doc().querySelectorAll("[data-para]"))) expect(article.text).toContain(squash(p.textContent ?? "").slice(0, 20));
  });
});
