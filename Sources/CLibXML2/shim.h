#include <libxml/xmlversion.h>
// A libxml2 built with ICU includes ICU's headers, which clash with Foundation's own copy of ICU in
// a Swift module that imports both. Folio touches no libxml2 type that differs without them (only
// xmlCharEncodingHandler's last fields, which it never reads).
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// libxml2's deallocator is a global function pointer, which Swift 6 cannot read safely from any
// thread: this calls it.
static inline void folio_xml_free(void *pointer) { xmlFree(pointer); }
