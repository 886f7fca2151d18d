// Renders the main part of a Word document (word/document.xml) as lines of text.
#include "hq_xml.h"
#include "text_buffer.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

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

static void body(Buffer *text, const xmlNode *node) {
    for (const xmlNode *each = node->children; each; each = each->next) {
        if (local(each, "p")) {
            runs(text, each, 1);
            append(text, "\n", 1);
        } else if (local(each, "tbl")) {
            append(text, "\n", 1);
            for (const xmlNode *tr = each->children; tr; tr = tr->next) if (local(tr, "tr")) row(text, tr);
            append(text, "\n", 1);
        } else if (each->type == XML_ELEMENT_NODE && !local(each, "sectPr")) {
            body(text, each); // w:sdt and other wrappers
        }
    }
}

char *hq_docx_text(const char *xml, size_t count, size_t *length) {
    xmlDocPtr document = xmlReadMemory(xml, (int)count, NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!document) return NULL;
    Buffer text = {0};
    const xmlNode *root = xmlDocGetRootElement(document);
    const xmlNode *content = root ? child(root, "body") : NULL;
    if (content) body(&text, content);
    xmlFreeDoc(document);
    return finished(&text, length);
}
