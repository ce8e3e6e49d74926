#include "CXMLErrors.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

// libxml2's one function this file needs (libxml/xmlerror.h, stable since libxml2 2.0), declared here:
// its headers pull in ICU's, which clash with Foundation's copy in the module that links them.
void xmlSetGenericErrorFunc(void *context, void (*handler)(void *context, const char *message, ...));

// libxml2's generic handler is per thread, and so is this buffer.
static _Thread_local char kept[512];

static void keep(void *context, const char *message, ...) {
    (void)context;
    size_t used = strlen(kept);
    if (used + 1 >= sizeof kept) return;
    va_list arguments;
    va_start(arguments, message);
    vsnprintf(kept + used, sizeof kept - used, message, arguments);
    va_end(arguments);
}

void folio_xml_keep_errors(void) {
    kept[0] = 0;
    xmlSetGenericErrorFunc(NULL, keep);
}

const char *folio_xml_kept_errors(void) { return kept; }
