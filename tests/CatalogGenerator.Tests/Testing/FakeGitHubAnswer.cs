namespace FleetCatalog.Tests.Testing;

/// <summary>What <see cref="FakeGitHub"/> decided to send back.</summary>
internal sealed record FakeGitHubAnswer(int Status, string? Body, Dictionary<string, string> Headers, TimeSpan Delay);
