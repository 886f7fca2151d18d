/// A narrow C shim over the system libxml2 (Debian's libxml2-dev).
///
/// Like the ICU shim, this header exposes no libxml2 type: a page goes in as
/// bytes and comes out as UTF-8 text laid out in lines (see hq_html_text),
/// so no Swift module sees libxml2's headers.
#ifndef HQ_XML_H
#define HQ_XML_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Renders an HTML page as UTF-8 text, one block per line: headings,
/// paragraphs, list items and line breaks end lines; a table row becomes
/// one line of cells divided by " | " (a cell spanning n columns is
/// followed by n - 1 empty cells, and a cell spanning n rows leaves its
/// column empty in the n - 1 rows below); script, style, noscript, template,
/// form, nav, header, footer, aside and comments are dropped; entities
/// are decoded. A heading h1 to h6 is marked by "\x01" and its level digit
/// at the start of its line, the page's <title> by "\x02" on a line of its
/// own first, and the publication date of its <meta> (PubDate,
/// publishdate, article:published_time …) and the page's first text
/// naming one (发布时间：…, 发布日期 …) by "\x03" on the lines after it.
///
/// With `main_only`, only the block that holds the report is rendered (the
/// container with the most text outside links, a container named content,
/// article, TRS_Editor … counting twice, then its child holding nine tenths
/// of that text, as far down as that goes; the page's <h1> is kept when it
/// stands outside it), and *dropped_count, when given, is set to the
/// characters of text left out. `encoding` names the page's charset, or is
/// NULL to let libxml2 read the page's own <meta charset>. On success
/// returns a buffer to be freed with hq_free and sets *length; returns NULL
/// when the page cannot be parsed.
char *hq_html_text(const char *bytes, size_t count, const char *encoding, int main_only, size_t *length,
                   size_t *dropped_count);

/// Renders a Word document's main part (the XML of word/document.xml) as
/// UTF-8 text: a paragraph per line (a w:br inside it breaks the line), a
/// table row as one line of cells divided by " | " (w:gridSpan adds empty
/// cells, a w:vMerge continuation is empty), deleted text and field codes
/// dropped. `styles` and `numbering` are word/styles.xml and
/// word/numbering.xml (either may be NULL): a paragraph whose style or
/// outline level makes it a heading is marked like a page's heading
/// ("\x01" and its level, 1 to 6), and a numbered list item's label
/// (一、, （二）, 3.) is written before its text, counted as Word counts
/// it. Footnotes live in another part and are not read. Returns a buffer
/// to free with hq_free, or NULL when the XML cannot be parsed.
char *hq_docx_text(const char *xml, size_t count, const char *styles, size_t styles_count, const char *numbering,
                   size_t numbering_count, size_t *length);

/// Frees a buffer returned by the shim.
void hq_free(void *buffer);

#ifdef __cplusplus
}
#endif

#endif
