import Hummingbird
import Metrics
import Prometheus

/// The server's Prometheus metrics: Hummingbird's requests and latencies per route and status
/// (`MetricsMiddleware`), documents issued per kind, problems per status (``ProblemMiddleware``).
struct ServerMetrics: Sendable {
    let registry: PrometheusCollectorRegistry

    /// Makes the registry the process's metrics backend: once per process.
    static func bootstrap() -> ServerMetrics {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return ServerMetrics(registry: registry)
    }

    func issued(_ kind: String) {
        Counter(label: "folio_documents_issued_total", dimensions: [("kind", kind)]).increment()
    }

    /// `GET /metrics`, in Prometheus' text format.
    func exposition() -> Response {
        Responses.bytes(registry.emitToBuffer(), type: "text/plain; version=0.0.4; charset=utf-8")
    }
}
