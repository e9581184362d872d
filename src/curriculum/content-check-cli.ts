// `npm run content:check`: validates every content file, checks that they fit together,
// that lessons are short and link only to real pages, that every picture exists and every
// narration file narrates a real lesson or question; then
// prints how much of each course exists in each language. Exits 1 on any problem.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { coverage, findLessonTextProblems, formatCoverage, usedPictures } from './content-check.ts';
import { loadContentFolder } from './content-files.ts';
import { findContentProblems, formatProblem, type ContentProblem } from './integrity.ts';
import { checkNarrationFiles, listNarrationFiles } from './shipped-narrations.ts';

const projectRoot = join(import.meta.dirname, '../..');
const contentDir = process.env['WAYPOINT_CONTENT_DIR'] ?? join(projectRoot, 'content');
const picturesDir = join(projectRoot, 'public/pictures');

const { catalogue, problems: schemaProblems, lessonBodies } = loadContentFolder(contentDir);
const problems: ContentProblem[] = [...schemaProblems];
// Each stage needs the one before it to pass: cross-references need valid files, and the
// page list that links are checked against needs every reference to resolve.
if (problems.length === 0) problems.push(...findContentProblems(catalogue));
if (problems.length === 0) {
  problems.push(...findLessonTextProblems(catalogue, lessonBodies));
  problems.push(...checkNarrationFiles(listNarrationFiles(contentDir), catalogue).problems);
  for (const [picture, file] of usedPictures(catalogue)) {
    if (!existsSync(join(picturesDir, `${picture}.svg`))) {
      problems.push({
        file,
        field: 'picture',
        message: `public/pictures/${picture}.svg is missing`,
      });
    }
  }
}

if (problems.length > 0) {
  console.error(
    `content:check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
  );
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(1);
}
console.log(formatCoverage(coverage(catalogue)));
console.log(
  `content:check: ${catalogue.modules.size} modules, ${catalogue.lessons.size} lessons, ` +
    `${catalogue.quizItems.size} quiz items, ${catalogue.pictures.size} pictures, no problems.`,
);
