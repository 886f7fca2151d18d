// Renders an HTML page as lines of text through libxml2's HTML parser.
#define _GNU_SOURCE
#include "hq_xml.h"
#include "text_buffer.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void append_string(Buffer *buffer, const char *text) { append(buffer, text, strlen(text)); }

/// Ends the current line unless it is already ended.
static void end_line(Buffer *buffer) {
    if (buffer->length > 0 && buffer->bytes[buffer->length - 1] != '\n') append(buffer, "\n", 1);
}

static int is_named(const xmlNode *node, const char *name) {
    return node->name && strcasecmp((const char *)node->name, name) == 0;
}

static int is_any(const xmlNode *node, const char *const *names) {
    for (; *names; names++) if (is_named(node, *names)) return 1;
    return 0;
}

static const char *const dropped[] = {"script", "style", "noscript", "template", "form", "nav", "header", "footer",
                                      "aside", "iframe", "svg", "button", "select", "head", NULL};
static const char *const blocks[] = {"p", "div", "li", "ul", "ol", "section", "article", "main", "blockquote", "pre",
                                     "dd", "dt", "dl", "center", "address", "figure", "figcaption", "caption", "hr", NULL};

/// Appends a node's text with runs of white space (and line breaks) as one space.
static void append_text(Buffer *buffer, const xmlChar *text) {
    const char *cursor = (const char *)text;
    int space = 0;
    for (; *cursor; cursor++) {
        char c = *cursor;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            space = 1;
            continue;
        }
        if (space && buffer->length > 0 && buffer->bytes[buffer->length - 1] != '\n'
            && buffer->bytes[buffer->length - 1] != ' ') append(buffer, " ", 1);
        space = 0;
        append(buffer, cursor, 1);
    }
    if (space && buffer->length > 0 && buffer->bytes[buffer->length - 1] != '\n') append(buffer, " ", 1);
}

static void render(Buffer *buffer, const xmlNode *node, int in_cell);

/// The text of a table cell, on one line: its blocks become spaces.
static void render_cell(Buffer *buffer, const xmlNode *cell) {
    Buffer text = {0};
    for (const xmlNode *child = cell->children; child; child = child->next) render(&text, child, 1);
    if (text.bytes) {
        for (size_t index = 0; index < text.length; index++) if (text.bytes[index] == '\n') text.bytes[index] = ' ';
        size_t start = 0, end = text.length;
        while (start < end && text.bytes[start] == ' ') start++;
        while (end > start && text.bytes[end - 1] == ' ') end--;
        // A bar inside a cell would divide it: write the full-width one.
        for (size_t index = start; index < end; index++) {
            if (text.bytes[index] == '|') append_string(buffer, "\xEF\xBD\x9C"); else append(buffer, text.bytes + index, 1);
        }
        free(text.bytes);
    }
}

/// The column count a cell's attribute (colspan, rowspan) gives: 1 to 64.
static int span(const xmlNode *cell, const char *name) {
    xmlChar *value = xmlGetProp((xmlNode *)cell, (const xmlChar *)name);
    int count = value ? atoi((const char *)value) : 1;
    if (value) xmlFree(value);
    return count < 1 ? 1 : count > 64 ? 64 : count;
}

enum { max_columns = 256 };

/// One table row as a line of cells. `below` counts, for each column, the
/// rows a cell above still spans: such a column gets an empty cell here,
/// as a merged cell in a Word table does.
static void render_row(Buffer *buffer, const xmlNode *row, int *below) {
    end_line(buffer);
    append(buffer, "|", 1);
    int column = 0;
    const xmlNode *cell = row->children;
    for (;;) {
        while (column < max_columns && below[column] > 0) {
            below[column]--;
            append(buffer, "  |", 3);
            column++;
        }
        while (cell && !(cell->type == XML_ELEMENT_NODE && (is_named(cell, "td") || is_named(cell, "th")))) cell = cell->next;
        if (!cell) break;
        append(buffer, " ", 1);
        render_cell(buffer, cell);
        append(buffer, " |", 2);
        int columns = span(cell, "colspan"), rows = span(cell, "rowspan");
        for (int extra = 1; extra < columns; extra++) append(buffer, "  |", 3);
        for (int index = 0; index < columns && column < max_columns; index++) below[column++] = rows - 1;
        cell = cell->next;
    }
    append(buffer, "\n", 1);
}

/// A table's rows, those of its thead, tbody and tfoot included, but not a nested table's.
static void render_rows(Buffer *buffer, const xmlNode *node, int *below) {
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) continue;
        if (is_named(child, "tr")) render_row(buffer, child, below);
        else if (is_any(child, (const char *const[]){"thead", "tbody", "tfoot", NULL})) render_rows(buffer, child, below);
        else if (is_named(child, "caption")) { end_line(buffer); render_cell(buffer, child); end_line(buffer); }
    }
}

static void render(Buffer *buffer, const xmlNode *node, int in_cell) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content) append_text(buffer, node->content);
        return;
    }
    if (node->type != XML_ELEMENT_NODE) return;
    if (is_any(node, dropped)) return;
    if (is_named(node, "br")) { if (in_cell) append(buffer, " ", 1); else end_line(buffer); return; }
    if (!in_cell && is_named(node, "table")) {
        int below[max_columns] = {0};
        end_line(buffer);
        render_rows(buffer, node, below);
        end_line(buffer);
        return;
    }
    int heading = 0;
    if (node->name && (node->name[0] == 'h' || node->name[0] == 'H') && node->name[1] >= '1' && node->name[1] <= '6'
        && node->name[2] == 0) heading = node->name[1] - '0';
    int block = heading || is_any(node, blocks);
    if (block && !in_cell) {
        end_line(buffer);
        if (heading) { char mark[3] = {1, (char)('0' + heading), 0}; append(buffer, mark, 2); }
    }
    for (const xmlNode *child = node->children; child; child = child->next) render(buffer, child, in_cell);
    if (block && !in_cell) end_line(buffer);
}

/// The page's <title>, found anywhere under `node`.
static const xmlNode *find_title(const xmlNode *node) {
    for (; node; node = node->next) {
        if (node->type == XML_ELEMENT_NODE && is_named(node, "title")) return node;
        const xmlNode *found = node->type == XML_ELEMENT_NODE ? find_title(node->children) : NULL;
        if (found) return found;
    }
    return NULL;
}

/// Characters of text under `node` (spaces not counted), and those inside links.
static void measure(const xmlNode *node, int in_link, size_t *text, size_t *link) {
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE && node->content) {
            size_t count = 0;
            // Characters, not bytes: a UTF-8 continuation byte starts none.
            for (const xmlChar *c = node->content; *c; c++) if (*c > ' ' && (*c & 0xC0) != 0x80) count++;
            *text += count;
            if (in_link) *link += count;
        } else if (node->type == XML_ELEMENT_NODE && !is_any(node, dropped)) {
            measure(node->children, in_link || is_named(node, "a"), text, link);
        }
    }
}

/// How much a node looks like the report: its text outside links, less
/// its links' text again (navigation and lists of related news are links).
static long score(const xmlNode *node) {
    size_t text = 0, link = 0;
    measure(node->children, is_named(node, "a"), &text, &link);
    return (long)text - 2 * (long)link;
}

static const char *const containers[] = {"div", "article", "section", "main", "td", "body", NULL};

/// Whether an element's id or class names a report's container (TRS_Editor, content, article, zoom …).
static int names_content(const xmlNode *node) {
    static const char *const words[] = {"trs_editor", "content", "article", "zoom", "detail", "main", "text", NULL};
    const char *const attributes[] = {"id", "class", NULL};
    for (const char *const *attribute = attributes; *attribute; attribute++) {
        xmlChar *value = xmlGetProp((xmlNode *)node, (const xmlChar *)*attribute);
        if (!value) continue;
        int found = 0;
        for (const char *const *word = words; *word && !found; word++) found = strcasestr((const char *)value, *word) != NULL;
        xmlFree(value);
        if (found) return 1;
    }
    return 0;
}

/// The best-scoring element under `node`: a named container counts its score twice.
static void best_container(const xmlNode *node, const xmlNode **best, long *best_score) {
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE || is_any(node, dropped)) continue;
        if (is_any(node, containers)) {
            long value = score(node);
            if (names_content(node)) value *= 2;
            if (value > *best_score) { *best = node; *best_score = value; }
        }
        best_container(node->children, best, best_score);
    }
}

/// The element holding the report: the best-scoring container, then its
/// child container holding most of its text, as far down as that goes.
static const xmlNode *main_content(const xmlNode *root) {
    const xmlNode *best = NULL;
    long best_score = 0;
    best_container(root, &best, &best_score);
    if (!best) return root;
    for (;;) {
        long own = score(best);
        const xmlNode *inner = NULL;
        for (const xmlNode *child = best->children; child; child = child->next) {
            if (child->type == XML_ELEMENT_NODE && is_any(child, containers) && score(child) * 10 >= own * 9) inner = child;
        }
        if (!inner) return best;
        best = inner;
    }
}

/// The first <h1> under `node`.
static const xmlNode *find_named(const xmlNode *node, const char *name) {
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        if (is_named(node, name)) return node;
        const xmlNode *found = find_named(node->children, name);
        if (found) return found;
    }
    return NULL;
}

/// The content of the page's first <meta> naming a publication date
/// (name or property PubDate, publishdate, firstpublishedtime,
/// article:published_time, dcterms.date …), or NULL. Free it with xmlFree.
static xmlChar *publication_date(const xmlNode *node) {
    static const char *const names[] = {"pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime",
                                        "article:published_time", "dc.date", "dc.date.issued", "dcterms.date",
                                        "dcterms.issued", NULL};
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        if (is_named(node, "meta")) {
            const char *const keys[] = {"name", "property", NULL};
            for (const char *const *key = keys; *key; key++) {
                xmlChar *value = xmlGetProp((xmlNode *)node, (const xmlChar *)*key);
                int matches = 0;
                for (const char *const *name = names; value && *name && !matches; name++) {
                    matches = strcasecmp((const char *)value, *name) == 0;
                }
                if (value) xmlFree(value);
                if (matches) return xmlGetProp((xmlNode *)node, (const xmlChar *)"content");
            }
        }
        xmlChar *found = publication_date(node->children);
        if (found) return found;
    }
    return NULL;
}

/// The first text under `node`, outside scripts and styles, that names a
/// publication date (发布时间：2024-01-22 09:30, 发布日期, 發布日期, 日期：),
/// or NULL: the date line most sites set under the page's heading.
static const xmlChar *date_line(const xmlNode *node) {
    static const char *const keys[] = {"发布时间", "发布日期", "發布時間", "發布日期", "发文日期", "成文日期", "日期：", "时间：", NULL};
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE && node->content) {
            for (const char *const *key = keys; *key; key++) {
                if (strstr((const char *)node->content, *key)) return node->content;
            }
        } else if (node->type == XML_ELEMENT_NODE && !is_any(node, (const char *const[]){"script", "style", "noscript", "template", NULL})) {
            const xmlChar *found = date_line(node->children);
            if (found) return found;
        }
    }
    return NULL;
}

static int contains(const xmlNode *ancestor, const xmlNode *node) {
    for (; node; node = node->parent) if (node == ancestor) return 1;
    return 0;
}

char *hq_html_text(const char *bytes, size_t count, const char *encoding, int main_only, size_t *length,
                   size_t *dropped_count) {
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    htmlDocPtr document = htmlReadMemory(bytes, (int)count, NULL, encoding, options);
    if (!document) return NULL;
    Buffer buffer = {0};
    const xmlNode *root = xmlDocGetRootElement(document);
    const xmlNode *title = root ? find_title(root) : NULL;
    if (title) {
        xmlChar *text = xmlNodeGetContent((xmlNode *)title);
        if (text) {
            append(&buffer, "\x02", 1);
            append_text(&buffer, text);
            end_line(&buffer);
            xmlFree(text);
        }
    }
    xmlChar *published = root ? publication_date(root) : NULL;
    if (published) {
        append(&buffer, "\x03", 1);
        append_text(&buffer, published);
        end_line(&buffer);
        xmlFree(published);
    }
    const xmlChar *dated = root ? date_line(root) : NULL;
    if (dated) {
        append(&buffer, "\x03", 1);
        append_text(&buffer, dated);
        end_line(&buffer);
    }
    if (root) {
        const xmlNode *content = main_only ? main_content(root) : root;
        // The page's main heading stands above its report's block on most sites.
        const xmlNode *heading = find_named(root, "h1");
        if (heading && content != root && !contains(content, heading)) render(&buffer, heading, 0);
        render(&buffer, content, 0);
        if (dropped_count) {
            size_t all = 0, links = 0, kept = 0, kept_links = 0;
            measure(root->children, 0, &all, &links);
            measure(content->children, 0, &kept, &kept_links);
            *dropped_count = all > kept ? all - kept : 0;
        }
    }
    xmlFreeDoc(document);
    return finished(&buffer, length);
}

void hq_free(void *buffer) { free(buffer); }
