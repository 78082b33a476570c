import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatDate } from '../../../platform/html/components.js';
import type { CertificateRow } from '../moocs.table.js';
import { verificationUrl } from './open-badge.js';

export interface PdfOptions {
  publicUrl: string;
  operatorName: string;
  /** Compressed streams (default); tests turn it off to read the text. */
  compress?: boolean;
}

type Certificate = Pick<CertificateRow, 'number' | 'learner_name' | 'course_title' | 'session_name' | 'session_starts_at' | 'session_ends_at' | 'issued_at'>;

// The standard PDF fonts know WinAnsi only: the narrow no-break spaces of French formats become spaces.
const printable = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

/** « du 3 mars 2026 au 31 mars 2026 », or nothing for a self-paced session. */
export function sessionDatesText(certificate: Pick<CertificateRow, 'session_starts_at' | 'session_ends_at'>): string {
  if (certificate.session_starts_at && certificate.session_ends_at) return `du ${formatDate(certificate.session_starts_at)} au ${formatDate(certificate.session_ends_at)}`;
  if (certificate.session_starts_at) return `à partir du ${formatDate(certificate.session_starts_at)}`;
  return 'à son rythme';
}

/** The certificate as an A4 landscape PDF, with its verification address and a QR code of it. */
export async function renderCertificatePdf(certificate: Certificate, options: PdfOptions): Promise<Buffer> {
  const url = verificationUrl(options.publicUrl, certificate.number);
  const qr = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 360 });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 50,
    compress: options.compress ?? true,
    info: {
      Title: `Certificat de réussite ${certificate.number}`,
      Author: options.operatorName,
      Subject: `Certificat de réussite du MOOC « ${certificate.course_title} »`,
      Creator: 'Emploi Store',
      CreationDate: new Date(certificate.issued_at),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width, height } = doc.page;
  const blue = '#000091';
  doc.rect(25, 25, width - 50, height - 50).lineWidth(3).strokeColor(blue).stroke();
  doc.rect(33, 33, width - 66, height - 66).lineWidth(0.75).strokeColor(blue).stroke();

  const text = (value: string, size: number, font = 'Helvetica', color = '#161616', gap = 0.6) => {
    doc.font(font).fontSize(size).fillColor(color).text(printable(value), 70, undefined, { width: width - 140, align: 'center' });
    doc.moveDown(gap);
  };
  doc.y = 70;
  text(options.operatorName.toUpperCase(), 12, 'Helvetica-Bold', blue, 0.2);
  text('Les MOOC de l’emploi — Emploi Store', 11, 'Helvetica', '#3a3a3a', 1.4);
  text('Certificat de réussite', 34, 'Helvetica-Bold', blue, 1);
  text('Ce certificat atteste que', 13);
  text(certificate.learner_name, 26, 'Helvetica-Bold', '#161616', 0.8);
  text('a suivi avec succès le MOOC', 13);
  text(`« ${certificate.course_title} »`, 20, 'Helvetica-Bold', '#161616', 0.5);
  text(`${certificate.session_name}, ${sessionDatesText(certificate)}`, 13, 'Helvetica', '#3a3a3a', 0.3);
  text('toutes les leçons vues et tous les quiz réussis.', 11, 'Helvetica-Oblique', '#3a3a3a', 1);
  text(`Délivré le ${formatDate(certificate.issued_at)}`, 12);

  // Bottom band: the number and the verification address, the QR code on the right.
  const qrSize = 100;
  const bottom = height - 60;
  doc.image(qr, width - 70 - qrSize, bottom - qrSize, { width: qrSize, height: qrSize });
  doc.font('Helvetica-Bold').fontSize(12).fillColor('#161616').text(`Certificat n° ${certificate.number}`, 70, bottom - 70, { width: width - 260 });
  doc.font('Helvetica').fontSize(10).fillColor('#3a3a3a').text('Vérifiez l’authenticité de ce certificat à l’adresse :', 70, bottom - 50, { width: width - 260 });
  doc.font('Helvetica').fontSize(10).fillColor(blue).text(url, 70, bottom - 36, { width: width - 260, link: url, underline: true });
  doc.end();
  return finished;
}
