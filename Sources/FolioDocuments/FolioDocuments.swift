// FolioDocuments: Folio as a Swift library.
//
// The pipeline, one direction:
//   order data ─► validate ─► compute ─► choose versions ─► fill ─► typeset ─► draw ─► finish ─► record
// A `Company` is loaded once (profile, logo, templates, fonts, hyphenation patterns) and makes any
// number of documents: `draft` renders one, `issue` numbers and records it in a `Ledger`.
//
// The core's value types (orders, money, dates) and the ledger's records are part of this API.
@_exported import FolioCore
@_exported import FolioInput
@_exported import FolioLedger
@_exported import FolioEInvoice
@_exported import FolioRedline
