// The legacy login: linking it with ESIA, signing in with it; and unlinking ESIA.
import './linking-mutations';
