namespace Leads.Sdk.Emulator;

/// <summary>A request the emulator received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path.</param>
/// <param name="Query">The query string, with its leading <c>?</c>, or empty.</param>
/// <param name="Headers">The request headers.</param>
/// <param name="Body">The body as text.</param>
public sealed record EmulatorRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);
