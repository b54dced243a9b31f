// The audit log in the staff console.
