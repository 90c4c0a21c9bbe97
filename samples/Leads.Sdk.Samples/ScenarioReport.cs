namespace Leads.Sdk.Samples;

/// <summary>Prints a short, readable account of a scenario.</summary>
internal sealed class ScenarioReport(TextWriter output)
{
    public void Step(string text) => output.WriteLine($"* {text}");

    public void Sent(string text) => output.WriteLine($"  -> {text}");

    public void Received(string text) => output.WriteLine($"  <- {text}");

    public void Note(string text) => output.WriteLine($"     {text}");
}
