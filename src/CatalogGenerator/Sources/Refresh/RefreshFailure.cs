namespace FleetCatalog.Sources.Refresh;

/// <summary>
/// Why a project is stale or failed, as data: the outage rule counts <see cref="RefreshFailureKind.Unreachable"/>
/// by <see cref="Host"/>, and pages can word the reason for visitors without quoting git.
/// </summary>
/// <param name="Host">The host that failed (<c>github.com</c>, the API's host), when one did.</param>
/// <param name="Cause">The technical cause in one line (git's or the HTTP client's words), for the report and logs.</param>
internal sealed record RefreshFailure(RefreshFailureKind Kind, string? Host, string Cause);
