// How libcurl's error codes and HTTP answers become TransportFailure and log details.
// Internal to homevisit_sync_client.
#pragma once

#include "sync/client/transport.h"

#include <curl/curl.h>

namespace homevisit::sync {

// `capHit`: the write callback refused the body for being above the cap.
TransportFailure failureFor(CURLcode code, bool capHit);

// English, for logs: the failure, curl's code and its message. Never a token or body.
QString failureDetail(CURLcode code, const char *curlMessage, TransportFailure failure,
                      qint64 maxResponseBytes);

// "HTTP 401 device_revoked" (the error code only: the body stays out of logs).
QString statusDetail(int status, const QByteArray &body);

} // namespace homevisit::sync
