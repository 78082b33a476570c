import PDFDocument from 'pdfkit';
import { formatDate } from '../../../platform/html/components.js';
import { COMPETENCY_LABELS, type Debrief, INTERVIEW_KIND_LABELS } from '../engine/scenario.types.js';
import type { CompetencyResources } from '../resources/resource-links.js';
import { POLARITY_LABELS, remarkWords } from './pages/answer-remarks.js';
import { LEVEL_LABELS, scoreText } from './pages/debrief-view.js';

export interface ReportInput {
  debrief: Debrief;
  jobLabel: string;
  finishedAt: Date;
  resources: CompetencyResources[];
}

export interface ReportOptions {
  operatorName: string;
  /** The portal's address, before the links to lessons and services. */
  publicUrl: string;
  /** Compressed streams (default); tests turn it off to read the text. */
  compress?: boolean;
}

// The standard PDF fonts know WinAnsi only: French number spaces and the minus sign are written plainly.
const printable = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ').replace(/\u2212/g, '-');

/** « bilan-simulation-2026-11-26.pdf » */
export function reportFileName(debrief: Debrief, finishedAt: Date): string {
  return `bilan-${debrief.scenarioId.replace(/[^a-z0-9-]/g, '')}-${finishedAt.toISOString().slice(0, 10)}.pdf`;
}

/**
 * The debrief as an A4 PDF: title, job, date, scores (figures and bars), strengths, what to work on,
 * the remarks on each written answer with the words they point to, and where to train.
 */
export async function renderReportPdf(input: ReportInput, options: ReportOptions): Promise<Buffer> {
  const { debrief } = input;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: options.compress ?? true,
    info: {
      Title: `Bilan de simulation — ${debrief.scenarioTitle}`,
      Author: options.operatorName,
      Subject: `Simulation d’entretien : ${input.jobLabel}`,
      Creator: 'Emploi Store',
      CreationDate: input.finishedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const blue = '#000091';
  const grey = '#3a3a3a';
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const text = (value: string, size = 11, font = 'Helvetica', color = '#161616', gap = 0.3) => {
    doc.font(font).fontSize(size).fillColor(color).text(printable(value), left, undefined, { width });
    doc.moveDown(gap);
  };
  const heading = (value: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.6);
    text(value, 14, 'Helvetica-Bold', blue, 0.4);
  };
  const bullet = (value: string) => text(`•  ${value}`, 10, 'Helvetica', '#161616', 0.2);

  text(`${options.operatorName} — Emploi Store`, 10, 'Helvetica-Bold', blue, 0.2);
  text('Bilan de simulation d’entretien', 22, 'Helvetica-Bold', blue, 0.5);
  text(debrief.scenarioTitle, 14, 'Helvetica-Bold');
  text(`Métier visé : ${input.jobLabel}`);
  text(`Type d’entretien : ${INTERVIEW_KIND_LABELS[debrief.interviewKind] ?? debrief.interviewKind} — entreprise : ${debrief.company}`);
  text(`Date : ${formatDate(input.finishedAt)}`);
  if (debrief.ending) text(`${debrief.ending.title} — ${debrief.ending.text}`, 10, 'Helvetica-Oblique', grey, 0.3);
  text(debrief.overall === null ? 'Score global : non évalué' : `Score global : ${debrief.overall} sur 100`, 13, 'Helvetica-Bold', '#161616', 0.5);

  heading('Score par compétence');
  for (const result of debrief.competencies) {
    const y = doc.y;
    doc.font('Helvetica').fontSize(10).fillColor('#161616').text(printable(`${result.label} : ${scoreText(result)} (${LEVEL_LABELS[result.level]})`), left, y, { width: 260 });
    const barX = left + 270;
    const barWidth = width - 270;
    doc.rect(barX, y + 1, barWidth, 9).lineWidth(0.5).strokeColor('#929292').stroke();
    if (result.percent) doc.rect(barX, y + 1, (barWidth * result.percent) / 100, 9).fillColor(blue).fill();
    doc.y = Math.max(doc.y, y + 14);
    doc.moveDown(0.3);
  }

  heading('Vos points forts');
  if (debrief.strengths.length) debrief.strengths.forEach((point) => bullet(point.text));
  else text('Pas encore de point fort net.', 10);
  heading('Ce qui est à travailler');
  if (debrief.improvements.length) debrief.improvements.forEach((point) => bullet(point.text));
  else text('Rien de particulier.', 10);

  const written = debrief.answers.filter((answer) => answer.type === 'text' && answer.text !== undefined);
  if (written.length) {
    heading('L’analyse de vos réponses écrites');
    for (const answer of written) {
      text(`Question : ${answer.prompt}`, 10, 'Helvetica-Bold', '#161616', 0.2);
      text(`Votre réponse : « ${answer.text} »`, 10, 'Helvetica-Oblique', grey, 0.2);
      for (const remark of answer.remarks ?? []) {
        const words = remarkWords(answer.text!, remark);
        bullet(`${POLARITY_LABELS[remark.polarity]} (${COMPETENCY_LABELS[remark.competency]}) : ${remark.message}${words.length ? ` Mots relevés : ${words.map((word) => `« ${word} »`).join(', ')}.` : ''}`);
      }
      doc.moveDown(0.4);
    }
  }

  const advice = input.resources.filter((item) => item.links.length);
  if (advice.length) {
    heading('Conseils : pour progresser');
    for (const item of advice) {
      text(item.label, 11, 'Helvetica-Bold', '#161616', 0.2);
      for (const link of item.links) bullet(`${link.label} — ${link.detail} (${options.publicUrl}${link.href})`);
      doc.moveDown(0.3);
    }
  }
  doc.end();
  return finished;
}
