/**
 * Service journalism and how-tos: the steps, advisories and pointers a story gives its reader ("1.
 * Download aplikasi Mobile JKN …", "Residents can sign up to receive flood alerts …", "Klik di sini
 * untuk mengecek …") read like the plugs the phrase lists name, and are the article's text. Each line
 * (own words), set between the paragraphs of an article page, stays on the live page and in the
 * reader view. Written after an audit of the lists' imperatives (docs/LIVE-PAGE.md); a phrase that
 * takes one of these lines is too broad.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";
import { liveHits } from "./live-hits.ts";

const LINES: Record<string, string[]> = {
  id: [
    "<p>1. Download aplikasi Mobile JKN di Play Store atau App Store.</p>",
    "<p>2. Buka aplikasi, lalu klik menu Daftar dan isi nomor induk kependudukan.</p>",
    "<p>3. Masukkan kode OTP yang dikirim ke nomor ponsel Anda.</p>",
    "<p>Simak cara cek penerima bansos berikut ini.</p>",
    "<p>Berikut cara daftar CPNS 2026 secara online.</p>",
    "<p>Baca juga aturan teknisnya di laman resmi kementerian.</p>",
    "<p>Warga bisa mengecek status pendaftaran di situs resmi <a href=\"https://sscasn.example.go.id\">sscasn.example.go.id</a>.</p>",
    "<p>Klik tombol \"Cek Status\", lalu tunggu hasilnya muncul di layar.</p>",
    "<p>Jangan lupa simpan bukti pendaftaran dalam format PDF.</p>",
    "<p>Follow akun resmi BMKG untuk peringatan dini cuaca ekstrem, kata kepala BPBD.</p>",
    "<p>Ikuti petunjuk petugas saat evakuasi dan jangan kembali ke rumah sebelum dinyatakan aman.</p>",
    "<p>Saksikan siaran langsung upacara di kanal YouTube Sekretariat Presiden.</p>",
    "<p>Berlangganan listrik prabayar kini bisa lewat aplikasi PLN Mobile.</p>",
    "<p>Dapatkan promo tiket kereta dengan memesan lewat aplikasi resmi KAI.</p>",
    "<p>Harga tiket kereta terbaru bisa dicek di laman KAI.</p>",
    "<p>Bagikan informasi ini kepada keluarga yang tinggal di daerah rawan banjir.</p>",
    "<p>Pemerintah meminta warga tidak menyebarkan video hoaks di grup WhatsApp.</p>",
    "<p>Pendaftaran dibuka hingga 30 Desember 2026 pukul 23.59 WIB.</p>",
    "<p>Sumber dana proyek berasal dari APBD provinsi.</p>",
    "<p>Foto-foto banjir beredar luas di media sosial sejak pagi.</p>",
    "<p>Lihat juga jadwal imsakiyah untuk wilayah Jakarta di bawah ini.</p>",
    "<p>Baca selengkapnya syarat dan ketentuan di situs resmi penyelenggara.</p>",
    "<p>Ketik REG spasi NIK kirim ke 1234 untuk mendaftar.</p>",
    "<p>Gulir ke bawah untuk melihat daftar lengkap penerima beasiswa.</p>",
    "<p>Scroll ke bawah hingga menemukan menu Riwayat Transaksi.</p>",
    "<p>Subscribe ke layanan premium bisa dibatalkan kapan saja lewat menu Akun.</p>",
    "<p>Jangan sampai ketinggalan jadwal vaksinasi anak di puskesmas terdekat.</p>",
    "<p>Info lebih lanjut hubungi call center 112.</p>",
    "<p>Ikuti berita perkembangan cuaca dari kanal resmi BMKG, kata kepala BPBD.</p>",
    "<p>Ikuti akun media sosial resmi KPU untuk jadwal debat.</p>",
    "<p>Informasi jadwal pemadaman juga dibagikan lewat saluran WhatsApp resmi PLN.</p>",
    "<p>Saluran WhatsApp resmi Pemprov dibuka untuk pengaduan warga.</p>",
    "<p>Dapatkan info terkini soal arus mudik melalui aplikasi resmi Korlantas.</p>",
    "<p>Dapatkan berita terbaru seputar pendaftaran sekolah di laman dinas pendidikan.</p>",
  ],
  en: [
    "<p>1. Download the app from the App Store or Google Play.</p>",
    "<p>2. Sign in with your phone number and tap Verify.</p>",
    "<p>Residents can sign up to receive flood alerts on the county website.</p>",
    "<p>Follow the instructions of emergency crews and do not return home until told it is safe.</p>",
    "<p>Subscribe to the calendar so new dates appear on your phone.</p>",
    "<p>Click here to see the full list of closures.</p>",
    "<p>Share this information with neighbours who may not have internet access.</p>",
    "<p>Watch the full video of the launch on NASA's YouTube channel.</p>",
    "<p>Get the latest updates from the National Weather Service.</p>",
    "<p>Sign up for a free account, then choose a password.</p>",
    "<p>Read more about the programme on the ministry's website.</p>",
    "<p>Scroll down to find the Privacy section.</p>",
    "<p>Continue reading the instructions before you install the update.</p>",
    "<p>Join the meeting by video link at 7 p.m.</p>",
    "<p>More information is available at the town hall.</p>",
    "<p>Comments can be sent to the planning office until Friday.</p>",
    "<p>Photo ID is required at the polling station.</p>",
    "<p>Never miss a dose: set a reminder on your phone.</p>",
    "<p>Never miss a payment again with automatic transfers, the bank says.</p>",
  ],
  de: [
    "<p>1. Laden Sie die App aus dem App Store herunter.</p>",
    "<p>2. Melden Sie sich mit Ihrer Telefonnummer an.</p>",
    "<p>Mehr Informationen gibt es im Rathaus.</p>",
    "<p>Mehr dazu erfahren Sie in der Broschüre der Stadtwerke.</p>",
    "<p>Lesen Sie auch die Hinweise des Gesundheitsamts, bevor Sie reisen.</p>",
    "<p>Folgen Sie den Anweisungen der Einsatzkräfte.</p>",
    "<p>Teilen Sie diese Information mit Ihren Nachbarn.</p>",
    "<p>Abonnieren Sie den Kalender, damit neue Termine automatisch erscheinen.</p>",
    "<p>Hier geht es zur Anmeldung für den Impftermin.</p>",
    "<p>Weiterlesen lohnt sich: Der zweite Teil des Berichts erscheint morgen.</p>",
    "<p>Kommentare können bis Freitag beim Bauamt eingereicht werden.</p>",
    "<p>Scrollen Sie nach unten zum Abschnitt Datenschutz.</p>",
    "<p>Zum Thema Energie sagte die Ministerin am Montag wenig.</p>",
    "<p>Verpassen Sie keine Frist: Der Antrag muss bis 31. März gestellt werden.</p>",
  ],
  "fr-es-pt-it": [
    "<p>1. Téléchargez l'application sur l'App Store.</p>",
    "<p>Suivez les consignes des secours et ne rentrez pas chez vous.</p>",
    "<p>Pour en savoir plus, rendez-vous sur le site de la mairie.</p>",
    "<p>Lire aussi le rapport de la Cour des comptes, publié mardi.</p>",
    "<p>Abonnez-vous au calendrier pour recevoir les dates des collectes.</p>",
    "<p>Partagez cette information avec vos voisins.</p>",
    "<p>Les commentaires peuvent être envoyés à la mairie jusqu'à vendredi.</p>",
    "<p>Descarga la aplicación del ayuntamiento para recibir los avisos.</p>",
    "<p>Sigue las instrucciones de los servicios de emergencia.</p>",
    "<p>Lee también el informe del ministerio, publicado el martes.</p>",
    "<p>Baixe o aplicativo da prefeitura para receber os alertas.</p>",
    "<p>Siga as orientações da Defesa Civil.</p>",
    "<p>Leia também o relatório do ministério, divulgado na terça.</p>",
    "<p>Scarica l'app del comune per ricevere le allerte.</p>",
    "<p>Segui le indicazioni della protezione civile.</p>",
  ],
};

const URL_ = "https://www.contoh-kabar.co.id/read/2026/12/04/layanan-warga";
const para = (i: number) => `<p>Paragraf ${i}: pemerintah kota membuka layanan baru bagi warga mulai pekan depan, dan petugas di kantor kelurahan siap membantu warga yang belum terbiasa mengisi formulir secara daring.</p>`;
const page = (line: string) => `<!doctype html><html><head><title>Layanan warga</title><meta property="og:type" content="article"></head><body>
<header><a href="/">Kabar</a></header><main><article><h1>Layanan baru bagi warga</h1><div class="body">
${para(1)}${para(2)}${line}${para(3)}${para(4)}</div></article></main><footer><a href="/tentang">Tentang</a></footer></body></html>`;
const textOf = (html: string) => squash(new JSDOM(html).window.document.body.textContent ?? "");

describe.each(Object.entries(LINES))("service lines (%s)", (_lang, lines) => {
  it.each(lines)("keeps %s", (line) => {
    const text = textOf(line);
    const doc = new JSDOM(page(line), { url: URL_ }).window.document;
    const hidden = liveHits(doc);
    expect(hidden.map((h) => squash(h.el.textContent ?? "")).filter((t) => t.includes(text.slice(0, 30)))).toEqual([]);
    expect(extract(new JSDOM(page(line), { url: URL_ }).window.document, URL_).text).toContain(text.slice(0, 40));
  });
});
