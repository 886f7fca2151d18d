// Renders the main part of a Word document (word/document.xml) as lines of text.
#include "hq_xml.h"
#include "text_buffer.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int local(const xmlNode *node, const char *name) {
    return node->type == XML_ELEMENT_NODE && node->name && strcmp((const char *)node->name, name) == 0;
}

/// The value of an attribute named `name` in any namespace (w:val).
static xmlChar *attribute(const xmlNode *node, const char *name) {
    for (xmlAttr *property = node->properties; property; property = property->next) {
        if (property->name && strcmp((const char *)property->name, name) == 0) return xmlNodeGetContent((xmlNode *)property);
    }
    return NULL;
}

/// The child element named `name`, if any.
static const xmlNode *child(const xmlNode *node, const char *name) {
    for (const xmlNode *each = node->children; each; each = each->next) if (local(each, name)) return each;
    return NULL;
}

/// The integer value of a child element's w:val (`<w:outlineLvl w:val="1"/>`), or `fallback`.
static int child_value(const xmlNode *node, const char *name, int fallback) {
    const xmlNode *found = node ? child(node, name) : NULL;
    xmlChar *value = found ? attribute(found, "val") : NULL;
    if (!value) return fallback;
    int number = atoi((const char *)value);
    xmlFree(value);
    return number;
}

enum { max_styles = 512, max_numbers = 256, levels = 9, label_size = 64 };

/// What word/styles.xml says of a paragraph style: its heading level (from
/// its outline level, or a name such as "heading 2" or "Title"), the
/// numbering it carries, and the style it is based on.
typedef struct {
    xmlChar *id, *based_on;
    int heading, number_id, number_level;
} Style;

/// A list's numbering: for each level, its format (w:numFmt), label
/// pattern (w:lvlText, `%1、`) and start, and the counters so far.
typedef struct {
    int id;
    xmlChar *format[levels], *pattern[levels];
    int start[levels], count[levels];
} Numbering;

typedef struct {
    Style styles[max_styles];
    int style_count;
    Numbering numberings[max_numbers];
    int numbering_count;
} Definitions;

/// The heading level a style's name gives: "heading 3" is 3, "Title" 1, else 0.
static int heading_named(const xmlChar *name) {
    if (!name) return 0;
    if (strcasecmp((const char *)name, "title") == 0) return 1;
    if (strncasecmp((const char *)name, "heading ", 8) == 0) {
        int level = atoi((const char *)name + 8);
        return level >= 1 && level <= levels ? level : 0;
    }
    return 0;
}

static void read_styles(Definitions *definitions, const xmlNode *root) {
    for (const xmlNode *each = root ? root->children : NULL; each; each = each->next) {
        if (!local(each, "style") || definitions->style_count >= max_styles) continue;
        Style *style = &definitions->styles[definitions->style_count++];
        style->id = attribute(each, "styleId");
        const xmlNode *name = child(each, "name"), *based = child(each, "basedOn"), *properties = child(each, "pPr");
        xmlChar *written = name ? attribute(name, "val") : NULL;
        int outline = child_value(properties, "outlineLvl", -1);
        style->heading = outline >= 0 && outline < levels ? outline + 1 : heading_named(written);
        if (written) xmlFree(written);
        style->based_on = based ? attribute(based, "val") : NULL;
        const xmlNode *numbering = properties ? child(properties, "numPr") : NULL;
        style->number_id = child_value(numbering, "numId", 0);
        style->number_level = child_value(numbering, "ilvl", 0);
    }
}

static const Style *find_style(const Definitions *definitions, const xmlChar *id) {
    for (int index = 0; id && index < definitions->style_count; index++) {
        if (definitions->styles[index].id && xmlStrcmp(definitions->styles[index].id, id) == 0) return &definitions->styles[index];
    }
    return NULL;
}

/// A style's heading level, looked for along its basedOn chain (at most eight steps).
static int style_heading(const Definitions *definitions, const Style *style) {
    for (int step = 0; style && step < 8; step++) {
        if (style->heading) return style->heading;
        style = find_style(definitions, style->based_on);
    }
    return 0;
}

static void read_numbering(Definitions *definitions, const xmlNode *root) {
    // Abstract definitions first, then the w:num instances that point at them.
    for (const xmlNode *num = root ? root->children : NULL; num; num = num->next) {
        if (!local(num, "num") || definitions->numbering_count >= max_numbers) continue;
        xmlChar *id = attribute(num, "numId");
        int abstract_id = child_value(num, "abstractNumId", -1);
        Numbering *numbering = &definitions->numberings[definitions->numbering_count++];
        memset(numbering, 0, sizeof *numbering);
        numbering->id = id ? atoi((const char *)id) : 0;
        if (id) xmlFree(id);
        for (const xmlNode *abstract = root->children; abstract; abstract = abstract->next) {
            xmlChar *candidate = local(abstract, "abstractNum") ? attribute(abstract, "abstractNumId") : NULL;
            int matches = candidate && atoi((const char *)candidate) == abstract_id;
            if (candidate) xmlFree(candidate);
            if (!matches) continue;
            for (const xmlNode *level = abstract->children; level; level = level->next) {
                xmlChar *index_text = local(level, "lvl") ? attribute(level, "ilvl") : NULL;
                if (!index_text) continue;
                int index = atoi((const char *)index_text);
                xmlFree(index_text);
                if (index < 0 || index >= levels) continue;
                const xmlNode *format = child(level, "numFmt"), *pattern = child(level, "lvlText");
                numbering->format[index] = format ? attribute(format, "val") : NULL;
                numbering->pattern[index] = pattern ? attribute(pattern, "val") : NULL;
                numbering->start[index] = child_value(level, "start", 1);
            }
        }
    }
}

static void free_definitions(Definitions *definitions) {
    for (int index = 0; index < definitions->style_count; index++) {
        xmlFree(definitions->styles[index].id);
        xmlFree(definitions->styles[index].based_on);
    }
    for (int index = 0; index < definitions->numbering_count; index++) {
        for (int level = 0; level < levels; level++) {
            xmlFree(definitions->numberings[index].format[level]);
            xmlFree(definitions->numberings[index].pattern[level]);
        }
    }
}

/// Writes `number` in Chinese numerals (一 to 九十九; larger ones in digits).
static void chinese_number(char *out, size_t size, int number, int formal) {
    static const char *const plain[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static const char *const legal[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    const char *const *digits = formal ? legal : plain;
    const char *ten = formal ? "拾" : "十";
    if (number < 1 || number > 99) { snprintf(out, size, "%d", number); return; }
    if (number < 10) { snprintf(out, size, "%s", digits[number]); return; }
    snprintf(out, size, "%s%s%s", number >= 20 ? digits[number / 10] : "", ten, number % 10 ? digits[number % 10] : "");
}

/// Writes a counter in a w:numFmt; returns 0 for a format that is no
/// number (bullet, none) or that the shim does not know.
static int format_number(char *out, size_t size, const xmlChar *format, int number) {
    const char *name = format ? (const char *)format : "decimal";
    if (strcmp(name, "decimal") == 0 || strcmp(name, "decimalZero") == 0) { snprintf(out, size, "%d", number); return 1; }
    if (strcmp(name, "chineseCounting") == 0 || strcmp(name, "chineseCountingThousand") == 0
        || strcmp(name, "taiwaneseCounting") == 0 || strcmp(name, "taiwaneseCountingThousand") == 0
        || strcmp(name, "japaneseCounting") == 0 || strcmp(name, "koreanCounting") == 0) {
        chinese_number(out, size, number, 0);
        return 1;
    }
    if (strcmp(name, "chineseLegalSimplified") == 0 || strcmp(name, "ideographLegalTraditional") == 0) {
        chinese_number(out, size, number, 1);
        return 1;
    }
    if (strcmp(name, "decimalFullWidth") == 0 || strcmp(name, "decimalFullWidth2") == 0) {
        char digits[16];
        snprintf(digits, sizeof digits, "%d", number);
        size_t used = 0;
        for (const char *digit = digits; *digit && used + 4 < size; digit++) {
            // U+FF10 + digit, in UTF-8: EF BC 90+digit.
            out[used++] = (char)0xEF; out[used++] = (char)0xBC; out[used++] = (char)(0x90 + (*digit - '0'));
        }
        out[used] = 0;
        return 1;
    }
    if ((strcmp(name, "upperLetter") == 0 || strcmp(name, "lowerLetter") == 0) && number >= 1 && number <= 26) {
        snprintf(out, size, "%c", (name[0] == 'u' ? 'A' : 'a') + number - 1);
        return 1;
    }
    if ((strcmp(name, "upperRoman") == 0 || strcmp(name, "lowerRoman") == 0) && number >= 1 && number <= 39) {
        static const char *const tens[] = {"", "X", "XX", "XXX"}, *const ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        char roman[16];
        snprintf(roman, sizeof roman, "%s%s", tens[number / 10], ones[number % 10]);
        if (name[0] == 'l') for (char *c = roman; *c; c++) *c = (char)(*c - 'A' + 'a');
        snprintf(out, size, "%s", roman);
        return 1;
    }
    return 0;
}

/// Counts one more item at `level` of list `id` and writes its label
/// (`一、`, `（二）`, `3.`), or an empty string for a bullet or a list the
/// shim cannot number.
static void next_label(Definitions *definitions, int id, int level, char *label) {
    label[0] = 0;
    Numbering *numbering = NULL;
    for (int index = 0; index < definitions->numbering_count; index++) {
        if (definitions->numberings[index].id == id) numbering = &definitions->numberings[index];
    }
    if (!numbering || level < 0 || level >= levels || !numbering->pattern[level]) return;
    const char *format = numbering->format[level] ? (const char *)numbering->format[level] : "decimal";
    if (strcmp(format, "bullet") == 0 || strcmp(format, "none") == 0) return;
    numbering->count[level] = numbering->count[level] ? numbering->count[level] + 1 : numbering->start[level];
    for (int deeper = level + 1; deeper < levels; deeper++) numbering->count[deeper] = 0;
    size_t used = 0;
    for (const char *c = (const char *)numbering->pattern[level]; *c && used + 16 < label_size; c++) {
        if (*c == '%' && c[1] >= '1' && c[1] <= '9') {
            int shown = c[1] - '1';
            int count = numbering->count[shown] ? numbering->count[shown] : numbering->start[shown];
            char number[24];
            if (!format_number(number, sizeof number, numbering->format[shown], count)) { label[0] = 0; return; }
            size_t size = strlen(number);
            if (used + size + 1 >= label_size) break;
            memcpy(label + used, number, size);
            used += size;
            c++;
        } else {
            label[used++] = *c;
        }
    }
    label[used] = 0;
}

/// The heading level of a paragraph (0 for body text) and the label of its
/// list item, from its own w:pPr and its style.
static int paragraph_shape(Definitions *definitions, const xmlNode *paragraph, char *label) {
    label[0] = 0;
    const xmlNode *properties = child(paragraph, "pPr");
    const xmlNode *style_node = properties ? child(properties, "pStyle") : NULL;
    xmlChar *style_id = style_node ? attribute(style_node, "val") : NULL;
    const Style *style = find_style(definitions, style_id);
    if (style_id) xmlFree(style_id);
    int outline = child_value(properties, "outlineLvl", -1);
    int heading = outline >= 0 && outline < levels ? outline + 1 : style_heading(definitions, style);
    const xmlNode *numbering = properties ? child(properties, "numPr") : NULL;
    int id = numbering ? child_value(numbering, "numId", 0) : (style ? style->number_id : 0);
    int level = numbering ? child_value(numbering, "ilvl", 0) : (style ? style->number_level : 0);
    if (id > 0) next_label(definitions, id, level, label);
    return heading;
}

/// Parses one of the package's XML parts, or returns NULL.
static xmlDocPtr parse_part(const char *xml, size_t count) {
    if (!xml || count == 0 || count > INT_MAX) return NULL;
    return xmlReadMemory(xml, (int)count, NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

/// The runs' text under `node`: w:t as written, w:tab and w:br as a space
/// (`line_breaks` writes w:br as a line break instead); deleted text dropped.
static void runs(Buffer *text, const xmlNode *node, int line_breaks) {
    for (const xmlNode *each = node->children; each; each = each->next) {
        if (each->type != XML_ELEMENT_NODE) continue;
        if (local(each, "t")) {
            xmlChar *content = xmlNodeGetContent((xmlNode *)each);
            if (content) {
                for (const xmlChar *c = content; *c; c++) {
                    if (*c == '|') append(text, "\xEF\xBD\x9C", 3); else append(text, (const char *)c, 1);
                }
                xmlFree(content);
            }
        } else if (local(each, "tab")) {
            append(text, " ", 1);
        } else if (local(each, "br") || local(each, "cr")) {
            append(text, line_breaks ? "\n" : " ", 1);
        } else if (local(each, "del") || local(each, "delText") || local(each, "instrText")) {
            continue;
        } else {
            runs(text, each, line_breaks);
        }
    }
}

static void row(Buffer *text, const xmlNode *tr) {
    append(text, "|", 1);
    for (const xmlNode *cell = tr->children; cell; cell = cell->next) {
        if (!local(cell, "tc")) continue;
        append(text, " ", 1);
        const xmlNode *properties = child(cell, "tcPr");
        int columns = 1;
        if (properties) {
            const xmlNode *span = child(properties, "gridSpan");
            xmlChar *value = span ? attribute(span, "val") : NULL;
            if (value) { columns = atoi((const char *)value); xmlFree(value); }
        }
        // A cell merged with the one above (w:vMerge without restart) repeats nothing.
        const xmlNode *merge = properties ? child(properties, "vMerge") : NULL;
        xmlChar *restart = merge ? attribute(merge, "val") : NULL;
        int continues = merge && !(restart && strcmp((const char *)restart, "restart") == 0);
        if (restart) xmlFree(restart);
        if (!continues) {
            Buffer cell_text = {0};
            for (const xmlNode *paragraph = cell->children; paragraph; paragraph = paragraph->next) {
                if (!local(paragraph, "p")) continue;
                if (cell_text.length) append(&cell_text, " ", 1);
                runs(&cell_text, paragraph, 0);
            }
            if (cell_text.bytes) { append(text, cell_text.bytes, cell_text.length); free(cell_text.bytes); }
        }
        append(text, " |", 2);
        for (int extra = 1; extra < columns && extra < 64; extra++) append(text, "  |", 3);
    }
    append(text, "\n", 1);
}

static void body(Buffer *text, const xmlNode *node, Definitions *definitions) {
    for (const xmlNode *each = node->children; each; each = each->next) {
        if (local(each, "p")) {
            char label[label_size];
            int heading = paragraph_shape(definitions, each, label);
            if (heading) { char mark[3] = {1, (char)('0' + (heading > 6 ? 6 : heading)), 0}; append(text, mark, 2); }
            if (label[0]) {
                append(text, label, strlen(label));
                // A Latin label (1., A)) is set apart from its words; a Chinese one (一、, （二）) is not.
                unsigned char last = (unsigned char)label[strlen(label) - 1];
                if (last < 0x80 && last != ')') append(text, " ", 1);
            }
            runs(text, each, 1);
            append(text, "\n", 1);
        } else if (local(each, "tbl")) {
            append(text, "\n", 1);
            for (const xmlNode *tr = each->children; tr; tr = tr->next) if (local(tr, "tr")) row(text, tr);
            append(text, "\n", 1);
        } else if (each->type == XML_ELEMENT_NODE && !local(each, "sectPr")) {
            body(text, each, definitions); // w:sdt and other wrappers
        }
    }
}

char *hq_docx_text(const char *xml, size_t count, const char *styles, size_t styles_count, const char *numbering,
                   size_t numbering_count, size_t *length) {
    if (count > INT_MAX) return NULL;
    xmlDocPtr document = parse_part(xml, count);
    if (!document) return NULL;
    Definitions *definitions = calloc(1, sizeof *definitions);
    if (!definitions) { xmlFreeDoc(document); return NULL; }
    xmlDocPtr style_part = parse_part(styles, styles_count), numbering_part = parse_part(numbering, numbering_count);
    if (style_part) read_styles(definitions, xmlDocGetRootElement(style_part));
    if (numbering_part) read_numbering(definitions, xmlDocGetRootElement(numbering_part));
    Buffer text = {0};
    const xmlNode *root = xmlDocGetRootElement(document);
    const xmlNode *content = root ? child(root, "body") : NULL;
    if (content) body(&text, content, definitions);
    free_definitions(definitions);
    free(definitions);
    if (style_part) xmlFreeDoc(style_part);
    if (numbering_part) xmlFreeDoc(numbering_part);
    xmlFreeDoc(document);
    return finished(&text, length);
}
