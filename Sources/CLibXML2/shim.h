#pragma once
// libxml2 is built with ICU, and its encoding.h would pull the system ICU headers into this module; they clash
// with Foundation's own ICU module. The ICU members only extend xmlCharEncodingHandler, which Swift code never
// allocates or reads (it only holds pointers to it), so they are left out here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
