#ifndef FOLIO_XML_ERRORS_H
#define FOLIO_XML_ERRORS_H

/// Sends this thread's libxml2 generic errors (those raised outside a parser, such as a byte the
/// document's encoding cannot convert) to a buffer, emptied, instead of standard error.
void folio_xml_keep_errors(void);

/// What libxml2 reported outside the parser since `folio_xml_keep_errors`, or an empty string.
const char *folio_xml_kept_errors(void);

#endif
