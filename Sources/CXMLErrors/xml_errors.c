#include "CXMLErrors.h"

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED  // as in CLibXML2's shim.h: ICU's headers are not needed here
#include <libxml/xmlerror.h>
#include <stdio.h>

// libxml2's handlers are per thread, and so is what they keep.
static _Thread_local char first[512];
static _Thread_local int firstLine;
static _Thread_local int firstDomain;

// Errors raised without a structured handler's notice go to the generic one: printed nowhere.
static void ignore(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static void keepFirst(void *context, xmlErrorPtr error) {
    (void)context;
    if (first[0] || !error || !error->message) return;
    snprintf(first, sizeof first, "%s", error->message);
    firstLine = error->line;
    firstDomain = error->domain;
}

void folio_xml_keep_errors(void) {
    first[0] = 0;
    firstLine = 0;
    firstDomain = 0;
    xmlSetGenericErrorFunc(NULL, ignore);
    xmlSetStructuredErrorFunc(NULL, keepFirst);
}

const char *folio_xml_first_error(void) { return first; }

int folio_xml_first_error_line(void) { return firstLine; }

int folio_xml_first_error_domain(void) { return firstDomain; }
