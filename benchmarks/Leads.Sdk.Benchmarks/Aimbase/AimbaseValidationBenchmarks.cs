using BenchmarkDotNet.Attributes;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.Validation;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Benchmarks.Aimbase;

/// <summary>
/// Validation of a 1,000-lead Aimbase batch against the documented schema (target: under 1 ms). The baseline checks
/// what a user would check by hand: the three required names and their 50-character limit.
/// </summary>
[MemoryDiagnoser]
public class AimbaseValidationBenchmarks
{
    private List<AimbaseLead> _leads = null!;

    [GlobalSetup]
    public void Setup() => _leads = AimbaseData.Leads(1_000);

    [Benchmark(Baseline = true)]
    public int HandWritten_RequiredOnly()
    {
        var errors = 0;
        foreach (var lead in _leads)
        {
            errors += Invalid(lead.LeadSourceName) + Invalid(lead.LeadTypeName) + Invalid(lead.LeadCategoryName);
        }

        return errors;

        static int Invalid(string? value) => string.IsNullOrWhiteSpace(value) || value.Length > 50 ? 1 : 0;
    }

    [Benchmark]
    public int Sdk_FullSchema()
    {
        var root = ValidationPath.Named("Leads");
        var errors = new ValidationErrorCollector();
        for (var i = 0; i < _leads.Count; i++)
        {
            AimbaseLeadValidator.Lead.Validate(_leads[i], root.Index(i), errors);
        }

        return errors.Errors.Count;
    }
}
