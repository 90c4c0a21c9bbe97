using System.Globalization;
using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;

namespace Leads.Sdk.Benchmarks.OData;

/// <summary>
/// OData: build the query string of a 5-clause filter (a string builder by hand vs the expression translator and
/// the interpolated-string filter). <see cref="ExpressionTreeOnly"/> is the floor of the expression path: the C#
/// compiler emits code that builds the tree on every call, before the SDK sees it.
/// </summary>
[MemoryDiagnoser]
public class ODataQueryBenchmarks
{
    private readonly DateTimeOffset _since = new(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5));
    private readonly string _lastName = "O'Neil";
    private readonly string _state = "MO";
    private readonly int _minimumScore = 10;
    private readonly string _status = "Pending";

    [Benchmark(Baseline = true)]
    public string HandWritten()
    {
        var filter = string.Create(
            CultureInfo.InvariantCulture,
            $"LeadDate ge {_since:yyyy-MM-ddTHH:mm:sszzz} and Prospect/LastName eq '{_lastName.Replace("'", "''", StringComparison.Ordinal)}' and Prospect/State eq '{_state.Replace("'", "''", StringComparison.Ordinal)}' and Score ge {_minimumScore} and LeadStatusCode eq '{_status.Replace("'", "''", StringComparison.Ordinal)}'");
        return "$filter=" + Uri.EscapeDataString(filter);
    }

    [Benchmark]
    public string Sdk() => new ODataQuery<AimbaseODataLead>()
        .Filter(l => l.LeadDate >= _since
            && l.Prospect!.LastName == _lastName
            && l.Prospect!.State == _state
            && l.Score >= _minimumScore
            && l.LeadStatusCode == _status)
        .ToQueryString();

    /// <summary>Only what the compiler emits for the lambda in <see cref="Sdk"/>: the language's cost, not the SDK's.</summary>
    [Benchmark]
    public Expression<Func<AimbaseODataLead, bool>> ExpressionTreeOnly()
        => l => l.LeadDate >= _since
            && l.Prospect!.LastName == _lastName
            && l.Prospect!.State == _state
            && l.Score >= _minimumScore
            && l.LeadStatusCode == _status;

    /// <summary>The same filter through <see cref="ODataFilter.Create(ref ODataFilterInterpolatedStringHandler)"/>: values escaped, no expression tree.</summary>
    [Benchmark]
    public string Sdk_Interpolated() => new ODataQuery<AimbaseODataLead>()
        .Filter(ODataFilter.Create($"LeadDate ge {_since} and Prospect/LastName eq {_lastName} and Prospect/State eq {_state} and Score ge {_minimumScore} and LeadStatusCode eq {_status}"))
        .ToQueryString();
}
