// The result types every module's mutations refuse with: DomainError and ValidationError.
import './errors/domain-error';
import './errors/validation-error';
