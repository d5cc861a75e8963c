package vn.chibo.members;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The particulars of a member's record that are edited in place (her name, birth, origins, education, work and
 * numbers), shared by the draft that creates a record ({@link MemberDraft}), the form that edits it
 * ({@link MemberUpdate}) and the record as read ({@link MemberDetails}). Each component is one of
 * {@link MemberField#editableFields()}, in the same order and under the field's property name: the class checks this
 * when it is loaded, so that a field is declared in {@link MemberField} and here and nowhere else. Reading a row,
 * masking, cleaning and building a record from a form, an import row or the stored row are done field by field
 * through {@link #of(Function)} and {@link #map(BiFunction)}, never by naming every field again.
 */
public record MemberParticulars(
        String fullName,
        String birthName,
        String aliases,
        Gender gender,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        String birthPlace,
        String homeTown,
        String homeTownFormer,
        String permanentResidence,
        String temporaryResidence,
        String ethnicity,
        String religion,
        String citizenId,
        String familyNotes,
        String generalEducation,
        String qualification,
        String academicTitle,
        PoliticalTheoryLevel theoryLevel,
        String foreignLanguage,
        String itSkill,
        String minorityLanguage,
        String job,
        String position,
        Boolean unitStaff,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate youthUnionDate,
        String introducers,
        String ceremonyPlace,
        String biographyNumber,
        String cardNumber) {

    private static final List<MemberField> FIELDS = MemberField.editableFields();
    private static final RecordComponent[] COMPONENTS = MemberParticulars.class.getRecordComponents();
    /**
     * The accessors as {@code (MemberParticulars) -> Object} and the canonical constructor as {@code (Object[]) ->
     * MemberParticulars}: method handles, which the import calls tens of times a row, cost a fraction of reflection.
     */
    private static final MethodHandle[] ACCESSORS = accessors();

    private static final MethodHandle CONSTRUCTOR = canonicalConstructor();
    /** The component of each {@link MemberField} by its ordinal; -1 for the fields not edited in place. */
    private static final int[] INDEX = new int[MemberField.values().length];

    static {
        Arrays.fill(INDEX, -1);
        for (int i = 0; i < FIELDS.size(); i++) {
            INDEX[FIELDS.get(i).ordinal()] = i;
        }
        if (COMPONENTS.length != FIELDS.size()) {
            throw new IllegalStateException(
                    "MemberParticulars has " + COMPONENTS.length + " components for " + FIELDS.size() + " fields");
        }
        for (int i = 0; i < COMPONENTS.length; i++) {
            if (!COMPONENTS[i].getName().equals(FIELDS.get(i).property())) {
                throw new IllegalStateException(
                        "MemberParticulars component " + COMPONENTS[i].getName() + " is not the field " + FIELDS.get(i)
                                + " (" + FIELDS.get(i).property() + ")");
            }
        }
    }

    /** The particulars with every field given by {@code value}, which must return the component's type or null. */
    public static MemberParticulars of(Function<MemberField, Object> value) {
        Object[] args = new Object[FIELDS.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = value.apply(FIELDS.get(i));
        }
        return construct(args);
    }

    private static MemberParticulars construct(Object[] args) {
        try {
            return (MemberParticulars) CONSTRUCTOR.invokeExact(args);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("A value is not of its field's type: " + Arrays.toString(args), e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field empty: what a new record's form starts from, before its defaults. */
    public static MemberParticulars empty() {
        return of(field -> null);
    }

    /** The particulars as stored in a row of {@code members.member} (each field read from its column). */
    static MemberParticulars read(ResultSet rs) throws SQLException {
        Object[] values = new Object[FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readColumn(rs, FIELDS.get(i).column(), COMPONENTS[i].getType());
        }
        return construct(values);
    }

    private static Object readColumn(ResultSet rs, String column, Class<?> type) throws SQLException {
        if (type == String.class) {
            return rs.getString(column);
        }
        if (type.isEnum()) {
            String name = rs.getString(column);
            return name == null ? null : enumValue(type, name);
        }
        return rs.getObject(column, type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    /** The value of one field. */
    public Object value(MemberField field) {
        int index = INDEX[field.ordinal()];
        if (index < 0) {
            throw new IllegalArgumentException(field + " is not edited in place");
        }
        return component(index);
    }

    private Object component(int index) {
        try {
            return (Object) ACCESSORS[index].invokeExact(this);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The particulars with each field's value replaced by {@code change(field, value)}. */
    public MemberParticulars map(BiFunction<MemberField, Object, Object> change) {
        Object[] args = new Object[FIELDS.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = change.apply(FIELDS.get(i), component(i));
        }
        return construct(args);
    }

    /** The particulars with one field changed. */
    public MemberParticulars with(MemberField field, Object value) {
        return map((f, v) -> f == field ? value : v);
    }

    /** The particulars as a reader sees them: personal fields masked unless she may see personal data. */
    MemberParticulars shown(boolean personalDataVisible) {
        return personalDataVisible
                ? this
                : map((field, value) -> value instanceof String s ? field.shown(s, false) : value);
    }

    /** The type of a field's value. */
    static Class<?> type(MemberField field) {
        return COMPONENTS[INDEX[field.ordinal()]].getType();
    }

    private static MethodHandle[] accessors() {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodType type = MethodType.methodType(Object.class, MemberParticulars.class);
        MethodHandle[] handles = new MethodHandle[COMPONENTS.length];
        for (int i = 0; i < handles.length; i++) {
            try {
                handles[i] = lookup.unreflect(COMPONENTS[i].getAccessor()).asType(type);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return handles;
    }

    private static MethodHandle canonicalConstructor() {
        Class<?>[] types =
                Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return MethodHandles.lookup()
                    .findConstructor(MemberParticulars.class, MethodType.methodType(void.class, types))
                    .asSpreader(Object[].class, types.length)
                    .asType(MethodType.methodType(MemberParticulars.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
