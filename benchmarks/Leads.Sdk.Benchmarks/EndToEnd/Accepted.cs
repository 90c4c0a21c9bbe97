namespace Leads.Sdk.Benchmarks.EndToEnd;

/// <summary>Both sides of a case end with this check, so a call the emulator refused can never be measured as a fast one.</summary>
internal static class Accepted
{
    public static void Check(int leads, int expected)
    {
        if (leads != expected)
        {
            throw new InvalidOperationException($"Expected {expected} leads accepted (or read), got {leads}.");
        }
    }

    public static void Check(bool accepted, string what)
    {
        if (!accepted)
        {
            throw new InvalidOperationException($"The emulator refused the call: {what}.");
        }
    }
}
