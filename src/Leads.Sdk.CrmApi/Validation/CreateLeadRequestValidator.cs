using System.Text.RegularExpressions;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Validation;

namespace Leads.Sdk.CrmApi.Validation;

/// <summary>The leads/create rules the client can check (doc: leads/create parameters), described once.</summary>
internal static partial class CreateLeadRequestValidator
{
    private static readonly HashSet<LeadSourceType> NamedSourceTypes =
        [LeadSourceType.Advertisement, LeadSourceType.Website, LeadSourceType.Other, LeadSourceType.Custom1, LeadSourceType.Custom2, LeadSourceType.Custom3];

    public static Validator<CreateLeadRequest> Instance { get; } = Build();

    private static Validator<CreateLeadRequest> Build()
    {
        var ids = IdentifierValidator.Instance;
        var v = new Validator<CreateLeadRequest>();
        v.RuleFor("ContactEmail", r => r.ContactEmail).Pattern(Email(), "an e-mail address");
        v.RuleFor("ProbabilityToWin", r => r.ProbabilityToWin).InRange(0m, 100m);
        v.RuleFor("Importance", r => r.Importance).Required().Defined();
        v.RuleFor("Priority", r => r.Priority).Required().Defined();
        v.RuleFor("TargetAmount", r => r.TargetAmount).Must(ValidationRules.Range, a => a >= 0m, a => $"TargetAmount must not be negative (was {a}).");
        v.RuleFor("Type", r => r.Type).Required();
        v.RuleFor("ContactInformation", r => r.ContactInformation).Required();
        v.RuleFor("Source", r => r.Source).Required();

        v.ForObject<AccountsReceivableIdentifier>("AccountsReceivable", r => r.AccountsReceivable, ids);
        v.ForObject<EntityIdentifier>("Type", r => r.Type, ids);
        v.ForObject<EntityIdentifier>("Status", r => r.Status, ids);
        v.ForObject<EntityIdentifier>("LostReason", r => r.LostReason, ids);
        v.ForObject<EntityIdentifier>("Category", r => r.Category, ids);
        v.ForObject<EntityIdentifier>("OwnedByGroup", r => r.OwnedByGroup, ids);
        v.ForObject<EntityIdentifier>("PrivacyLevel", r => r.PrivacyLevel, ids);
        v.ForObject<UserIdentifier>("LeadOwner", r => r.LeadOwner, ids);
        v.ForObject<ContactInformationIdentifier>("ContactInformation", r => r.ContactInformation, ids);

        v.RuleFor("UdfFloat1", r => r.UdfFloat1).Must(ValidationRules.Range, f => double.IsFinite(f!.Value), _ => "UdfFloat1 must be a finite number.");
        v.RuleFor("UdfFloat2", r => r.UdfFloat2).Must(ValidationRules.Range, f => double.IsFinite(f!.Value), _ => "UdfFloat2 must be a finite number.");
        v.RuleFor("UdfFloat3", r => r.UdfFloat3).Must(ValidationRules.Range, f => double.IsFinite(f!.Value), _ => "UdfFloat3 must be a finite number.");
        v.RuleFor("UdfFloat4", r => r.UdfFloat4).Must(ValidationRules.Range, f => double.IsFinite(f!.Value), _ => "UdfFloat4 must be a finite number.");

        v.ForObject("EstimatedCompletionTime", r => r.EstimatedCompletionTime, TimePeriodValidator());
        v.ForObject("Source", r => r.Source, SourceValidator(ids));
        v.ForObject("AssignedTo", r => r.AssignedTo, AssignmentValidator(ids));
        v.ForEach("Competitors", r => r.Competitors, ItemValidator<LeadCompetitor, EntityIdentifier>("Competitor", c => c.Competitor, ids));
        v.ForEach("Users", r => r.Users, ItemValidator<LeadUser, UserIdentifier>("User", u => u.User, ids));
        var product = ItemValidator<LeadProduct, ProductIdentifier>("Product", p => p.Product, ids);
        v.ForEach("Products", r => r.Products, product);
        v.ForEach("Services", r => r.Services, product);
        v.ForEach("PhysicalGoods", r => r.PhysicalGoods, product);
        v.ForObject("SubscriptionPackage", r => r.SubscriptionPackage, ItemValidator<LeadSubscriptionPackage, ProductIdentifier>("Package", p => p.Package, ids));
        v.RuleFor("FieldsSet", r => r.FieldsSet).Must(
            ValidationRules.Pattern,
            fields => fields!.All(f => !string.IsNullOrWhiteSpace(f) && !f.Contains(',', StringComparison.Ordinal)),
            _ => "FieldsSet must hold field names without commas or empty items.");
        return v;
    }

    private static Validator<TimePeriod> TimePeriodValidator()
    {
        var v = new Validator<TimePeriod>();
        v.RuleFor("Value", t => t.Value).Required().Must(ValidationRules.Range, value => value > 0, value => $"Value must be positive (was {value}).");
        v.RuleFor("Unit", t => t.Unit).Required().Defined();
        return v;
    }

    private static Validator<LeadSource> SourceValidator(IdentifierValidator ids)
    {
        var v = new Validator<LeadSource>();
        v.RuleFor("Type", s => s.Type).Required().Defined();
        v.RuleFor("Name", s => s.Name).RequiredWhen(
            s => s.Type is { } type && NamedSourceTypes.Contains(type),
            "Type is ADVERTISEMENT, WEBSITE, OTHER or CUSTOM1-3");
        v.ForObject<EntityIdentifier>("Notification", s => s.Notification, ids);
        v.ForObject<EntityIdentifier>("Communication", s => s.Communication, ids);
        v.ForObject<ContactInformationIdentifier>("RecommendedByContact", s => s.RecommendedByContact, ids);
        v.ForObject<UserIdentifier>("RecommendedByEmployee", s => s.RecommendedByEmployee, ids);
        v.ForObject<AccountsReceivableIdentifier>("RecommendedByPartner", s => s.RecommendedByPartner, ids);
        return v;
    }

    private static Validator<LeadAssignment> AssignmentValidator(IdentifierValidator ids)
    {
        var v = new Validator<LeadAssignment>();
        v.Must("User", ValidationRules.Required, a => a.User is not null || a.Group is not null, "AssignedTo needs a User or a Group.");
        v.ForObject<UserIdentifier>("User", a => a.User, ids);
        v.ForObject<EntityIdentifier>("Group", a => a.Group, ids);
        return v;
    }

    private static Validator<TItem> ItemValidator<TItem, TIdentifier>(string name, Func<TItem, TIdentifier?> getter, IdentifierValidator ids)
        where TIdentifier : CrmIdentifier
    {
        var v = new Validator<TItem>();
        v.RuleFor(name, getter).Required();
        v.ForObject(name, getter, ids);
        return v;
    }

    // Deliberately loose: one @, no spaces, a dot in the domain. The server has the final word.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
