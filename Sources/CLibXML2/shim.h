#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// libxml2's deallocator is a global function pointer, which Swift 6 cannot read safely from any
// thread: this calls it.
static inline void folio_xml_free(void *pointer) { xmlFree(pointer); }
