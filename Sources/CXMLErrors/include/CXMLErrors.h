#ifndef FOLIO_XML_ERRORS_H
#define FOLIO_XML_ERRORS_H

/// Keeps this thread's first libxml2 error instead of printing any: the parser keeps only its last
/// (often « Premature end of data » after the real mistake), and prints a byte its encoding cannot
/// convert to standard error.
void folio_xml_keep_errors(void);

/// The first error since `folio_xml_keep_errors`, or an empty string, its line and its domain
/// (libxml2's xmlErrorDomain: where it was raised, the parser or the encoding conversion).
const char *folio_xml_first_error(void);
int folio_xml_first_error_line(void);
int folio_xml_first_error_domain(void);

#endif
