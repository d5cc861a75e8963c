-- Two rules of party-rules.md §5 the dues basis could not hold:
-- SICKNESS_MATERNITY_BENEFIT: on sick or maternity leave paid by social insurance, the monthly benefit is the basis
-- (Quy định 01-QĐ/TW: 1% of the benefit; QĐ 342-QĐ/TW prices no benefit, so such a basis starts from 02/2026 on).
-- beyond_working_age: the member is beyond working age, as the branch records it; QĐ 342-QĐ/TW has such members among
-- the others (a fixed amount) pay 50% of it (carried over under Quy định 01-QĐ/TW, unverified).
ALTER TABLE dues.basis DROP CONSTRAINT basis_category_check;
ALTER TABLE dues.basis ADD CONSTRAINT basis_category_check
    CHECK (category IN ('BHXH_SALARY', 'SICKNESS_MATERNITY_BENEFIT', 'PENSION', 'SOCIAL_PENSION', 'STUDENT', 'OTHER'));
ALTER TABLE dues.basis ADD COLUMN beyond_working_age boolean NOT NULL DEFAULT false;
